package io.netledger.genieacs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netledger.genieacs.DeviceTask.ParameterValue;
import io.netledger.genieacs.TaskOutcome.State;
import io.netledger.genieacs.nbi.DataModel;
import io.netledger.genieacs.nbi.DeviceFleet;
import io.netledger.genieacs.nbi.GenieAcsNbiDouble;
import io.netledger.genieacs.nbi.SimulatedDevice;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client against the NBI double: each behaviour of the double is proven through the client NetLedger uses. */
class GenieAcsClientTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GenieAcsNbiDouble acs;
    private GenieAcsClient client;
    private SimulatedDevice ont;
    private SimulatedDevice router;

    @BeforeEach
    void start() throws Exception {
        acs = GenieAcsNbiDouble.start(0);
        client = new GenieAcsClient(new NbiConnection(acs.url(), null, null, Duration.ofSeconds(5)));
        Instant now = acs.state().clock().instant();
        ont = acs.state().add(DeviceFleet.device(2, now, true));
        router = acs.state().add(DeviceFleet.device(3, now, false));
    }

    @AfterEach
    void stop() {
        acs.close();
    }

    @Test
    void answersItsVersionAndDeviceCountInOneCall() {
        AcsStatus status = client.status();

        assertThat(status.version()).isEqualTo(GenieAcsNbiDouble.VERSION);
        assertThat(status.deviceCount()).isEqualTo(2);
        assertThat(client.calls().total()).isEqualTo(1);
    }

    @Test
    void refusesACallWithoutTheApiKeyWhenOneIsRequired() throws Exception {
        try (GenieAcsNbiDouble keyed = GenieAcsNbiDouble.start(0, "X-API-Key", "acs-key-1")) {
            GenieAcsClient without = new GenieAcsClient(new NbiConnection(keyed.url(), null, null, null));
            GenieAcsClient wrong = new GenieAcsClient(new NbiConnection(keyed.url(), null, "nope", null));
            GenieAcsClient with = new GenieAcsClient(new NbiConnection(keyed.url(), "X-API-Key", "acs-key-1", null));

            assertThatThrownBy(without::status).isInstanceOf(NbiFailure.class)
                    .hasMessageContaining("API key was refused").extracting(e -> ((NbiFailure) e).status())
                    .isEqualTo(401);
            assertThatThrownBy(wrong::status).isInstanceOf(NbiFailure.class).hasMessageNotContaining("nope");
            assertThat(with.status().deviceCount()).isZero();
        }
    }

    @Test
    void readsADeviceTheSameWayInTr098AndTr181() {
        List<AcsDevice> devices = client.devices(GenieAcsClient.everyDevice(), AcsDevice.PROJECTION, 10);

        assertThat(devices).hasSize(2);
        AcsDevice huawei = devices.stream().filter(d -> !d.tr181()).findFirst().orElseThrow();
        assertThat(huawei.id()).isEqualTo(ont.id());
        assertThat(huawei.manufacturer()).isEqualTo("Huawei");
        assertThat(huawei.model()).isEqualTo("HG8245H");
        assertThat(huawei.serialNumber()).isEqualTo("SN00000002");
        assertThat(huawei.firmware()).isEqualTo("V3R017C10S115");
        assertThat(huawei.pppUsername()).contains("pppoe-2");
        assertThat(huawei.wanAddress()).contains("100.64.0.3");
        assertThat(huawei.ssids()).containsExactly("NetLedger-0002");
        assertThat(huawei.opticalRxPowerDbm()).contains(-19.52);
        assertThat(huawei.lastInform()).isPresent();

        AcsDevice zte = devices.stream().filter(AcsDevice::tr181).findFirst().orElseThrow();
        assertThat(zte.manufacturer()).isEqualTo("ZTE");
        assertThat(zte.model()).isEqualTo("F670L");
        assertThat(zte.pppUsername()).as("never configured").isEmpty();
        assertThat(zte.ssids()).containsExactly("NetLedger-0003");
        assertThat(zte.opticalRxPowerDbm()).contains(-21.3);
    }

    @Test
    void answersOnlyTheProjectedParametersSoNoPasswordCrossesTheWire() throws Exception {
        ont.configured(DataModel.TR_098.pppPassword(), "rahasia-ppp");
        String query = "{\"_id\":\"" + ont.id().value() + "\"}";

        String body = get("/devices/?query=" + enc(query) + "&projection=" + enc(String.join(",",
                AcsDevice.PROJECTION)));
        String whole = get("/devices/?query=" + enc(query));

        assertThat(whole).contains("rahasia-ppp");
        assertThat(body).doesNotContain("rahasia-ppp").doesNotContain("ConnectionRequestURL")
                .contains("pppoe-2");
        assertThat(get("/devices/?projection=_deviceId._SerialNumber")).contains("SN00000002")
                .doesNotContain("_Manufacturer");
    }

    @Test
    void findsDevicesInformedAfterAMomentByLastInform() {
        acs.state().clock().advance(Duration.ofMinutes(10));
        Instant lastSync = acs.state().clock().instant();
        acs.state().clock().advance(Duration.ofMinutes(5));
        acs.state().inform(router.id().value());

        List<AcsDevice> informed = client.devices(GenieAcsClient.informedAfter(lastSync), AcsDevice.PROJECTION, 10);

        assertThat(informed).extracting(AcsDevice::id).containsExactly(router.id());
        ObjectNode before = JSON.createObjectNode();
        before.putObject("_lastInform").put("$lt", lastSync.toString());
        assertThat(client.devices(before, List.of("_id"), 10)).extracting(AcsDevice::id).containsExactly(ont.id());
    }

    @Test
    void matchesDottedParameterPathsOnTheirValueAndIdsAndTagsByIn() {
        ObjectNode byUsername = JSON.createObjectNode().put(AcsDevice.TR098_PPP_USERNAME, "pppoe-2");
        ObjectNode byIds = JSON.createObjectNode();
        byIds.putObject("_id").putArray("$in").add(router.id().value()).add("nobody-here");
        router.tagged("netledger");
        ObjectNode byTag = JSON.createObjectNode().put("_tags", "netledger");
        ObjectNode bySerial = JSON.createObjectNode().put("_deviceId._SerialNumber", "SN00000002");

        assertThat(client.devices(byUsername, List.of("_id"), 10)).extracting(AcsDevice::id)
                .containsExactly(ont.id());
        assertThat(client.devices(byIds, List.of("_id"), 10)).extracting(AcsDevice::id)
                .containsExactly(router.id());
        assertThat(client.devices(byTag, List.of("_id"), 10)).extracting(AcsDevice::id)
                .containsExactly(router.id());
        assertThat(client.devices(bySerial, List.of("_id"), 10)).extracting(AcsDevice::id)
                .containsExactly(ont.id());
    }

    @Test
    void refusesAQueryOperatorTheDoubleDoesNotEvaluate() {
        ObjectNode regex = JSON.createObjectNode();
        regex.putObject("_id").put("$regex", "^00259E");

        assertThatThrownBy(() -> client.devices(regex, List.of("_id"), 10)).isInstanceOf(NbiFailure.class)
                .hasMessageContaining("$regex").extracting(e -> ((NbiFailure) e).status()).isEqualTo(400);
    }

    @Test
    void walksEveryDeviceInPagesAfterTheLastIdSeen() {
        DeviceFleet.seed(acs.state(), 25);
        acs.state().devices().stream().filter(d -> d.id().equals(ont.id())).findFirst().orElseThrow();
        List<Integer> pages = new ArrayList<>();
        List<DeviceId> seen = new ArrayList<>();

        client.forEachPage(GenieAcsClient.everyDevice(), 10, page -> {
            pages.add(page.size());
            page.forEach(d -> seen.add(d.id()));
        });

        assertThat(pages).containsExactly(10, 10, 5);
        assertThat(seen).doesNotHaveDuplicates().hasSize(25);
        assertThat(client.calls().of("devices")).isEqualTo(3);
    }

    @Test
    void runsATaskAtOnceOnAReachableDevice() {
        TaskOutcome outcome = client.push(router.id(), DeviceTask.setParameterValues(
                ParameterValue.string(DataModel.TR_181.pppUsername(), "pppoe-3"),
                ParameterValue.string(DataModel.TR_181.pppPassword(), "s3cret")));

        assertThat(outcome.state()).isEqualTo(State.DONE);
        assertThat(router.value(DataModel.TR_181.pppUsername())).isEqualTo("pppoe-3");
        assertThat(client.follow(router.id(), outcome.taskId()).state()).isEqualTo(State.DONE);
    }

    @Test
    void queuesATaskForAnUnreachableDeviceUntilItInforms() {
        router.online(false);

        TaskOutcome pushed = client.push(router.id(), DeviceTask.setParameterValues(
                ParameterValue.string(DataModel.TR_181.ssid(), "Rumah Budi")));

        assertThat(pushed.state()).isEqualTo(State.QUEUED);
        assertThat(client.follow(router.id(), pushed.taskId()).state()).isEqualTo(State.QUEUED);
        assertThat(client.connectionRequest(router.id())).isFalse();
        assertThat(router.value(DataModel.TR_181.ssid())).isEqualTo("NetLedger-0003");

        router.online(true);
        acs.state().inform(router.id().value());

        assertThat(client.follow(router.id(), pushed.taskId()).state()).isEqualTo(State.DONE);
        assertThat(router.value(DataModel.TR_181.ssid())).isEqualTo("Rumah Budi");
    }

    @Test
    void reportsAFaultAndRunsTheTaskAgainAfterARetry() {
        acs.state().faultNextTask(ont.id().value(), "cwmp.9002", "Internal error");

        TaskOutcome faulted = client.push(ont.id(), DeviceTask.setParameterValues(
                ParameterValue.string(DataModel.TR_098.pppUsername(), "pppoe-2b")));

        assertThat(faulted.state()).isEqualTo(State.FAULTED);
        assertThat(faulted.fault()).hasValueSatisfying(fault -> {
            assertThat(fault.code()).isEqualTo("cwmp.9002");
            assertThat(fault.message()).isEqualTo("Internal error");
            assertThat(fault.id()).isEqualTo(ont.id().value() + ":task_" + faulted.taskId());
        });
        assertThat(client.follow(ont.id(), faulted.taskId()).state()).isEqualTo(State.FAULTED);
        assertThat(client.connectionRequest(ont.id())).as("a faulted task waits for a retry").isTrue();
        assertThat(ont.value(DataModel.TR_098.pppUsername())).isEqualTo("pppoe-2");

        assertThat(client.retry(faulted.taskId())).isTrue();
        assertThat(client.follow(ont.id(), faulted.taskId()).state()).isEqualTo(State.QUEUED);
        assertThat(client.connectionRequest(ont.id())).isTrue();

        assertThat(client.follow(ont.id(), faulted.taskId()).state()).isEqualTo(State.DONE);
        assertThat(ont.value(DataModel.TR_098.pppUsername())).isEqualTo("pppoe-2b");
        assertThat(client.retry(faulted.taskId())).as("gone once done").isFalse();
    }

    @Test
    void faultsASetOnAParameterTheDeviceDoesNotHave() {
        TaskOutcome outcome = client.push(router.id(), DeviceTask.setParameterValues(
                ParameterValue.string(DataModel.TR_098.ssid(), "wrong data model")));

        assertThat(outcome.state()).isEqualTo(State.FAULTED);
        assertThat(outcome.fault()).hasValueSatisfying(fault -> assertThat(fault.code()).isEqualTo("cwmp.9005"));
    }

    @Test
    void rebootsAndFactoryResetsADevice() {
        router.configured(DataModel.TR_181.pppUsername(), "pppoe-3");

        assertThat(client.push(router.id(), DeviceTask.reboot()).state()).isEqualTo(State.DONE);
        assertThat(client.push(router.id(), DeviceTask.factoryReset()).state()).isEqualTo(State.DONE);

        assertThat(router.reboots()).isEqualTo(1);
        assertThat(router.factoryResets()).isEqualTo(1);
        assertThat(router.value(DataModel.TR_181.pppUsername())).as("back to the box's settings").isEqualTo("");
    }

    @Test
    void tagsAndUntagsADevice() {
        client.tag(ont.id(), "netledger-sub-42");
        assertThat(ont.tags()).containsExactly("netledger-sub-42");

        client.untag(ont.id(), "netledger-sub-42");
        assertThat(ont.tags()).isEmpty();
        assertThatThrownBy(() -> client.tag(ont.id(), "has space")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void answersNotFoundForATaskToADeviceItDoesNotKnow() {
        DeviceId unknown = DeviceId.of("00259E", "HG8245H", "NOPE");

        assertThatThrownBy(() -> client.push(unknown, DeviceTask.reboot())).isInstanceOf(NbiFailure.class)
                .extracting(e -> ((NbiFailure) e).status()).isEqualTo(404);
    }

    @Test
    void refusesATaskGenieAcsWouldNotQueue() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(acs.url() + "/devices/" + ont.id().pathSegment() + "/tasks?connection_request"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"setParameterValues\",\"parameterValues\":[]}"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("parameterValues");
    }

    @Test
    void saysWhenTheAcsCannotBeReached() {
        int port = acs.port();
        acs.close();
        GenieAcsClient gone = new GenieAcsClient(new NbiConnection(URI.create("http://127.0.0.1:" + port), null,
                null, Duration.ofSeconds(2)));

        assertThatThrownBy(gone::status).isInstanceOf(NbiFailure.class).satisfies(e -> assertThat(
                ((NbiFailure) e).unreachable()).isTrue());
    }

    private String get(String pathAndQuery) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(acs.url() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
