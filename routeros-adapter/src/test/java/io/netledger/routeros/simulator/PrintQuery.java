package io.netledger.routeros.simulator;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * The {@code ?} words of a print, evaluated the way the API manual describes: each word
 * pushes true or false onto a stack that starts with endless trues; {@code ?#} words combine
 * what is on it; an item is printed when no false is left.
 *
 * <ul>
 * <li>{@code ?name=x} (or {@code ?=name=x}): the item's {@code name} is {@code x}</li>
 * <li>{@code ?name}: the item has {@code name}; {@code ?-name}: it has not</li>
 * <li>{@code ?<name=x}, {@code ?>name=x}: less or greater than {@code x}, as numbers when both are</li>
 * <li>{@code ?#ops}, left to right: {@code !} negates the top, {@code &} and {@code |} pop two and
 *     push the result, {@code .} pushes a copy of the top; digits are an index counted down from
 *     the top (0) and push a copy of the value there, a {@code .} right after them ends the index</li>
 * </ul>
 */
final class PrintQuery {

    private final List<Step> steps;

    private PrintQuery(List<Step> steps) {
        this.steps = steps;
    }

    static PrintQuery parse(List<String> words) throws RouterTrap {
        List<Step> steps = new ArrayList<>();
        for (String word : words) {
            steps.add(step(word));
        }
        return new PrintQuery(List.copyOf(steps));
    }

    boolean matches(Map<String, String> item) {
        Deque<Boolean> stack = new ArrayDeque<>();
        for (Step step : steps) {
            step.apply(item, stack);
        }
        return !stack.contains(false);
    }

    private static Step step(String word) throws RouterTrap {
        if (word.startsWith("#")) {
            String operations = word.substring(1);
            if (!operations.matches("[0-9!&|.]*")) {
                throw new RouterTrap("unknown query operation in ?" + word);
            }
            return new Operations(operations);
        }
        if (word.startsWith("-")) {
            return new Lacks(word.substring(1));
        }
        if (word.startsWith("<") || word.startsWith(">")) {
            int separator = word.indexOf('=');
            if (separator < 2) {
                throw new RouterTrap("a comparison needs a name and a value: ?" + word);
            }
            return new Compares(word.substring(1, separator), word.substring(separator + 1), word.charAt(0) == '<');
        }
        String test = word.startsWith("=") ? word.substring(1) : word;
        int separator = test.indexOf('=');
        return separator < 0 ? new Has(test) : new Equals(test.substring(0, separator), test.substring(separator + 1));
    }

    private sealed interface Step {
        void apply(Map<String, String> item, Deque<Boolean> stack);
    }

    private record Has(String name) implements Step {
        public void apply(Map<String, String> item, Deque<Boolean> stack) {
            stack.push(item.containsKey(name));
        }
    }

    private record Lacks(String name) implements Step {
        public void apply(Map<String, String> item, Deque<Boolean> stack) {
            stack.push(!item.containsKey(name));
        }
    }

    private record Equals(String name, String value) implements Step {
        public void apply(Map<String, String> item, Deque<Boolean> stack) {
            stack.push(value.equals(item.get(name)));
        }
    }

    private record Compares(String name, String value, boolean less) implements Step {
        public void apply(Map<String, String> item, Deque<Boolean> stack) {
            String actual = item.get(name);
            if (actual == null) {
                stack.push(false);
                return;
            }
            int order = compare(actual, value);
            stack.push(less ? order < 0 : order > 0);
        }

        private static int compare(String actual, String wanted) {
            try {
                return Long.compare(Long.parseLong(actual), Long.parseLong(wanted));
            } catch (NumberFormatException e) {
                return actual.compareTo(wanted);
            }
        }
    }

    private record Operations(String operations) implements Step {
        public void apply(Map<String, String> item, Deque<Boolean> stack) {
            int i = 0;
            while (i < operations.length()) {
                char operation = operations.charAt(i);
                if (Character.isDigit(operation)) {
                    int end = i;
                    while (end < operations.length() && Character.isDigit(operations.charAt(end))) {
                        end++;
                    }
                    stack.push(at(stack, Integer.parseInt(operations.substring(i, end))));
                    i = end < operations.length() && operations.charAt(end) == '.' ? end + 1 : end;
                    continue;
                }
                switch (operation) {
                    case '!' -> stack.push(!pop(stack));
                    case '&' -> stack.push(pop(stack) & pop(stack));
                    case '|' -> stack.push(pop(stack) | pop(stack));
                    default -> stack.push(at(stack, 0));
                }
                i++;
            }
        }

        /** Below what was pushed the stack holds endless trues. */
        private static boolean pop(Deque<Boolean> stack) {
            return stack.isEmpty() || stack.pop();
        }

        private static boolean at(Deque<Boolean> stack, int index) {
            return stack.stream().skip(index).findFirst().orElse(true);
        }
    }
}
