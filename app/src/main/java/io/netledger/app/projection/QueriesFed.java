package io.netledger.app.projection;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;

/**
 * The queries each processing group answers: its projections' {@code @QueryHandler}s, found on the beans
 * as {@link RebuildGuard} finds them. These are what answer 503 while the group is rebuilt.
 */
@Component
class QueriesFed {

    private final Map<String, List<String>> byGroup;

    QueriesFed(ListableBeanFactory beans) {
        Map<String, TreeSet<String>> found = new TreeMap<>();
        for (String name : beans.getBeanNamesForAnnotation(org.axonframework.config.ProcessingGroup.class)) {
            Class<?> type = beans.getType(name);
            if (type == null) {
                continue;
            }
            Class<?> target = AopUtils.isAopProxy(type) ? AopUtils.getTargetClass(type) : type;
            RebuildGuard.groupOf(org.springframework.util.ClassUtils.getUserClass(target)).ifPresent(group -> {
                TreeSet<String> queries = found.computeIfAbsent(group, g -> new TreeSet<>());
                Arrays.stream(ReflectionUtils.getUniqueDeclaredMethods(target))
                        .filter(method -> AnnotationUtils.findAnnotation(method, QueryHandler.class) != null)
                        .map(QueriesFed::query).filter(Objects::nonNull).forEach(queries::add);
            });
        }
        byGroup = new TreeMap<>();
        found.forEach((group, queries) -> byGroup.put(group, List.copyOf(queries)));
    }

    /** The simple names of the queries {@code group} answers; none for a saga's processor. */
    List<String> of(String group) {
        return byGroup.getOrDefault(group, List.of());
    }

    private static String query(Method method) {
        QueryHandler handler = AnnotationUtils.findAnnotation(method, QueryHandler.class);
        if (handler != null && !handler.queryName().isEmpty()) {
            return handler.queryName();
        }
        return method.getParameterCount() == 0 ? null : method.getParameterTypes()[0].getSimpleName();
    }
}
