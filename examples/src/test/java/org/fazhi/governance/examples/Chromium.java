package org.fazhi.governance.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A headless Chromium driven over the DevTools protocol, with nothing but the JDK's WebSocket client:
 * open a page, size the viewport, evaluate script, take screenshots and print to PDF.
 *
 * <p>Uses Debian's {@code chromium} (or the binary named by {@code FAZHI_CHROMIUM}); {@link #find()} says
 * whether one is installed. The browser listens on a random loopback port and is ended on {@link #close()}.
 */
final class Chromium implements AutoCloseable {
    /** What to do when no browser is found. */
    static final String HOW_TO_INSTALL = "Chromium not found: the browser test is skipped. Install it with "
            + "`apt-get install -y chromium chromium-driver fonts-noto-cjk` (.ci/run does so on CI), or set FAZHI_CHROMIUM to a Chromium binary.";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final long TIMEOUT_SECONDS = 30;

    private final Process process;
    private final Path profile;
    private WebSocket page;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    /** The Chromium binary: {@code FAZHI_CHROMIUM}, else the first of chromium, chromium-browser, google-chrome on the PATH. */
    static Optional<Path> find() {
        String env = System.getenv("FAZHI_CHROMIUM");
        if (env != null && !env.isBlank()) {
            return Optional.of(Path.of(env)).filter(Files::isExecutable);
        }
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(java.io.File.pathSeparator)).filter(d -> !d.isEmpty())
                .flatMap(d -> Stream.of("chromium", "chromium-browser", "google-chrome").map(n -> Path.of(d, n)))
                .filter(Files::isExecutable).findFirst();
    }

    private Chromium(Process process, Path profile) {
        this.process = process;
        this.profile = profile;
    }

    /** Starts a headless browser and opens one blank page. */
    static Chromium start(Path binary) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("fazhi-chromium");
        Process p = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--no-default-browser-check", "--hide-scrollbars", "--mute-audio", "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank").redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String browserUrl = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        StringBuilder log = new StringBuilder();
        for (String line; browserUrl == null && System.nanoTime() < deadline && (line = out.readLine()) != null; ) {
            log.append(line).append('\n');
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                browserUrl = m.group(1);
            }
        }
        if (browserUrl == null) {
            p.destroyForcibly();
            throw new IllegalStateException("Chromium did not start:\n" + log);
        }
        Thread drain = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // keep the pipe empty so the browser never blocks on its log
                }
            } catch (IOException ignored) {
                // the browser has gone
            }
        }, "chromium-log");
        drain.setDaemon(true);
        drain.start();
        URI browser = URI.create(browserUrl);
        Chromium c = new Chromium(p, profile);
        WebSocket browserSocket = c.connect(browser);
        // the page Chromium opened for about:blank, or a new one
        String pageId = null;
        for (JsonNode t : c.call(browserSocket, "Target.getTargets", params()).get("targetInfos")) {
            if (t.get("type").asText().equals("page")) {
                pageId = t.get("targetId").asText();
            }
        }
        if (pageId == null) {
            pageId = c.call(browserSocket, "Target.createTarget", params().put("url", "about:blank")).get("targetId").asText();
        }
        c.page = c.connect(URI.create("ws://" + browser.getHost() + ":" + browser.getPort() + "/devtools/page/" + pageId));
        browserSocket.abort();
        return c;
    }

    private WebSocket connect(URI uri) {
        return HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(uri, new WebSocket.Listener() {
            private final StringBuilder buffer = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                buffer.append(data);
                if (last) {
                    String text = buffer.toString();
                    buffer.setLength(0);
                    receive(text);
                }
                ws.request(1);
                return null;
            }
        }).orTimeout(TIMEOUT_SECONDS, TimeUnit.SECONDS).join();
    }

    private void receive(String text) {
        try {
            JsonNode msg = JSON.readTree(text);
            if (msg.has("id")) {
                CompletableFuture<JsonNode> f = pending.remove(msg.get("id").asInt());
                if (f != null) {
                    if (msg.has("error")) {
                        f.completeExceptionally(new IllegalStateException("DevTools error: " + msg.get("error")));
                    } else {
                        f.complete(msg.get("result"));
                    }
                }
            }
        } catch (IOException e) {
            pending.values().forEach(f -> f.completeExceptionally(e));
        }
    }

    private JsonNode call(WebSocket ws, String method, ObjectNode params) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        ObjectNode msg = JSON.createObjectNode().put("id", id).put("method", method);
        msg.set("params", params);
        ws.sendText(msg.toString(), true).join();
        return reply.orTimeout(TIMEOUT_SECONDS, TimeUnit.SECONDS).join();
    }

    /** Calls a DevTools method on the page. */
    JsonNode call(String method, ObjectNode params) {
        return call(page, method, params);
    }

    static ObjectNode params() {
        return JSON.createObjectNode();
    }

    /** Opens a file and waits until it has loaded and its fonts are ready. */
    void open(Path file) {
        call("Page.enable", params());
        call("Page.navigate", params().put("url", file.toUri().toString()));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (!"complete".equals(evaluate("document.readyState").asText())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("page did not load: " + file);
            }
            sleep();
        }
        evaluate("document.fonts.ready.then(() => true)");
    }

    /** Sets the viewport width (and a phone's touch and scale when narrow). */
    void viewport(int width, int height) {
        call("Emulation.setDeviceMetricsOverride", params().put("width", width).put("height", height).put("deviceScaleFactor", 1)
                .put("mobile", width < 600));
        evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))");
    }

    /** Screen or print media for CSS. */
    void media(String media) {
        call("Emulation.setEmulatedMedia", params().put("media", media));
    }

    /** Evaluates a script (awaiting a promise) and returns its value as JSON. */
    JsonNode evaluate(String script) {
        JsonNode r = call("Runtime.evaluate", params().put("expression", script).put("returnByValue", true).put("awaitPromise", true));
        if (r.has("exceptionDetails")) {
            throw new IllegalStateException("script failed: " + r.get("exceptionDetails"));
        }
        JsonNode v = r.get("result").get("value");
        return v == null ? JSON.nullNode() : v;
    }

    /** A PNG of the whole page at the current width, or of its top {@code maxHeight} pixels. */
    byte[] screenshot(int maxHeight) {
        int width = evaluate("document.documentElement.clientWidth").asInt();
        int height = Math.min(maxHeight, evaluate("Math.ceil(document.documentElement.scrollHeight)").asInt());
        ObjectNode clip = params().put("x", 0).put("y", 0).put("width", width).put("height", height).put("scale", 1);
        ObjectNode p = params().put("format", "png").put("captureBeyondViewport", true);
        p.set("clip", clip);
        return Base64.getDecoder().decode(call("Page.captureScreenshot", p).get("data").asText());
    }

    /** The page printed as the browser would print it: the page's own @page size, backgrounds on. */
    byte[] pdf() {
        return Base64.getDecoder().decode(call("Page.printToPDF", params().put("preferCSSPageSize", true).put("printBackground", true)
                .put("displayHeaderFooter", false)).get("data").asText());
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (page != null) {
            page.abort();
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
