package io.netledger.routeros.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrintQueryTest {

    private static final Map<String, String> ETHER = Map.of("name", "ether1", "type", "ether", "mtu", "1500");
    private static final Map<String, String> VLAN = Map.of("name", "vlan10", "type", "vlan", "mtu", "1496",
            "comment", "customers");
    private static final Map<String, String> BRIDGE = Map.of("name", "bridge", "type", "bridge", "mtu", "1500");

    @Test
    void noQueryMatchesEverything() throws Exception {
        assertThat(matching()).containsExactly(ETHER, VLAN, BRIDGE);
    }

    @Test
    void wordsWithoutOperationsMustAllHold() throws Exception {
        assertThat(matching("?type=ether", "?mtu=1500")).containsExactly(ETHER);
        assertThat(matching("?=type=vlan")).containsExactly(VLAN);
    }

    @Test
    void hasAndLacksTestWhetherTheItemCarriesTheAttribute() throws Exception {
        assertThat(matching("?comment")).containsExactly(VLAN);
        assertThat(matching("?-comment")).containsExactly(ETHER, BRIDGE);
    }

    @Test
    void comparesNumbersAsNumbersAndTextAsText() throws Exception {
        assertThat(matching("?<mtu=1500")).containsExactly(VLAN);
        assertThat(matching("?>mtu=999")).containsExactly(ETHER, VLAN, BRIDGE);
        assertThat(matching("?>name=c")).containsExactly(ETHER, VLAN);
        assertThat(matching("?<missing=1")).isEmpty();
    }

    @Test
    void orAndNotCombineTheValuesOnTheStack() throws Exception {
        assertThat(matching("?type=ether", "?type=vlan", "?#|")).containsExactly(ETHER, VLAN);
        assertThat(matching("?type=ether", "?type=vlan", "?#|!")).containsExactly(BRIDGE);
        assertThat(matching("?mtu=1500", "?type=bridge", "?#!&")).containsExactly(ETHER);
    }

    @Test
    void operationsOnAnEmptyStackUseItsEndlessTrues() throws Exception {
        assertThat(matching("?type=vlan", "?#&")).containsExactly(VLAN);
        assertThat(matching("?#!")).isEmpty();
    }

    @Test
    void anIndexPushesACopyOfTheValueThatDeepAndDotCopiesTheTop() throws Exception {
        // [vlan?, mtu=1500?] -> "1." copies vlan? to the top (the dot only ends the index) -> "|" leaves
        // [vlan?, mtu=1500? or vlan?]
        assertThat(matching("?type=vlan", "?mtu=1500", "?#1.|")).containsExactly(VLAN);
        assertThat(matching("?type=bridge", "?#.&")).containsExactly(BRIDGE);
    }

    @Test
    void refusesAnOperationRouterOsDoesNotHave() {
        assertThatThrownBy(() -> PrintQuery.parse(List.of("#^"))).isInstanceOf(RouterTrap.class);
        assertThatThrownBy(() -> PrintQuery.parse(List.of("<mtu"))).isInstanceOf(RouterTrap.class);
    }

    private static List<Map<String, String>> matching(String... queryWords) throws RouterTrap {
        List<String> words = List.of(queryWords).stream().map(word -> word.substring(1)).toList();
        PrintQuery query = PrintQuery.parse(words);
        return List.of(ETHER, VLAN, BRIDGE).stream().filter(query::matches).toList();
    }
}
