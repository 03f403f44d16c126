package flotilla.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Go templates, Docker's table alignment, and Docker's units. */
class FormatTest {
    @Test
    void templatesRenderFieldsNestedFieldsAndEscapes() {
        GoTemplate t = new GoTemplate("{{.Name}}\\t{{.Spec.Role}} [{{.Labels}}]");
        assertEquals("web\tmanager [map[a:1 b:2]]", t.render(Map.of("Name", "web",
                "Spec", Map.of("Role", "manager"), "Labels", new java.util.TreeMap<>(Map.of("a", "1", "b", "2")))));
        assertEquals("can't evaluate field Nope",
                assertThrows(IllegalArgumentException.class, () -> new GoTemplate("{{.Nope}}").render(Map.of()))
                        .getMessage().replaceAll(".*: ", ""));
        assertThrows(IllegalArgumentException.class, () -> new GoTemplate("{{nosuchfunction .}}"));
    }

    @Test
    void templatesTakeTheFunctionsAndBlocksUsersPaste() {
        Map<String, Object> service = new java.util.LinkedHashMap<>();
        service.put("Name", "web");
        service.put("Labels", new java.util.TreeMap<>(Map.of("tier", "front", "app", "shop")));
        service.put("Ports", List.of(Map.of("PublishedPort", 30000), Map.of("PublishedPort", 30001)));
        service.put("UpdateStatus", null);
        service.put("Args", List.of("sleep", "3600"));
        assertEquals("{\"app\":\"shop\",\"tier\":\"front\"}", new GoTemplate("{{json .Labels}}").render(service));
        assertEquals("null", new GoTemplate("{{json .UpdateStatus}}").render(service));
        assertEquals("sleep 3600", new GoTemplate("{{join .Args \" \"}}").render(service));
        assertEquals("front", new GoTemplate("{{index .Labels \"tier\"}}").render(service));
        assertEquals("30000,30001,", new GoTemplate("{{range .Ports}}{{.PublishedPort}},{{end}}").render(service));
        assertEquals("app=shop tier=front ",
                new GoTemplate("{{range $k, $v := .Labels}}{{$k}}={{$v}} {{end}}").render(service));
        assertEquals("none", new GoTemplate("{{if .UpdateStatus}}{{.UpdateStatus.State}}{{else}}none{{end}}")
                .render(service));
        assertEquals("WEB", new GoTemplate("{{.Name | upper}}").render(service));
        assertEquals("web:2", new GoTemplate("{{- .Name -}} : {{- len .Args}}").render(service));
    }

    @Test
    void tablesAlignLikeDockersTabwriter() {
        StringBuilder out = new StringBuilder();
        Listing.print(out, "table {{.ID}}\t{{.Name}}\t{{.Mode}}", Map.of("ID", "ID", "Name", "NAME", "Mode", "MODE"),
                List.of(Map.of("ID", "abc", "Name", "a-rather-long-name", "Mode", "replicated"),
                        Map.of("ID", "defghijklmnop", "Name", "b", "Mode", "global")));
        assertEquals("""
                ID              NAME                 MODE
                abc             a-rather-long-name   replicated
                defghijklmnop   b                    global
                """, out.toString(), "columns are widest cell + 3, at least 10; the last is not padded");
    }

    @Test
    void unitsReadDockersNotations() {
        assertEquals(90_000, Units.duration("1m30s"));
        assertEquals(500, Units.duration("500ms"));
        assertEquals(0, Units.duration("0"));
        assertThrows(IllegalArgumentException.class, () -> Units.duration("10"));
        assertEquals(512L << 20, Units.bytes("512M"));
        assertEquals(1_610_612_736L, Units.bytes("1.5g"));
        assertEquals(500_000_000L, Units.nanoCpus("0.5"));
        assertEquals("Less than a second", Units.humanDuration(999));
        assertEquals("45 seconds", Units.humanDuration(45_000));
        assertEquals("About a minute", Units.humanDuration(90_000));
        assertEquals("3 hours", Units.humanDuration(3 * 3_600_000));
    }

    @Test
    void imagesShowWithTheirTag() {
        assertEquals("nginx:latest", Views.image("nginx"));
        assertEquals("nginx:1.27", Views.image("nginx:1.27"));
        assertEquals("registry:5000/app:latest", Views.image("registry:5000/app"));
        assertEquals("redis:7", Views.image("redis:7@sha256:abc"));
    }

    @Test
    void naturalOrderPutsTwoBeforeTen() {
        List<String> names = new java.util.ArrayList<>(List.of("web.10", "web.2", "web.1", "api.3"));
        names.sort(Views.NATURAL);
        assertEquals(List.of("api.3", "web.1", "web.2", "web.10"), names);
    }
}
