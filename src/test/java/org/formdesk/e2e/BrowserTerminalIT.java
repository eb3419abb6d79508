package org.formdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * formdesk through a bastion's web terminal: xterm.js in Debian's headless Chromium, driven by Selenium,
 * connected to a pseudo-terminal running the packaged program. Only keys a browser lets through are used:
 * letters, digits, Esc, arrows, Enter, F-keys; never Ctrl-W/N/T/Q/S.
 */
class BrowserTerminalIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    Path dir;

    private static WebDriver browser(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=1100,700");
        // The driver named, so that Selenium never looks for (or downloads) one itself.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static String screen(WebDriver driver) {
        return String.valueOf(((JavascriptExecutor) driver).executeScript("return window.screenText()"));
    }

    private static String await(WebDriver driver, Predicate<String> ok) throws InterruptedException {
        long end = System.nanoTime() + Pty.TIMEOUT.toNanos();
        String s = "";
        while (System.nanoTime() < end) {
            s = screen(driver);
            if (ok.test(s)) {
                return s;
            }
            Thread.sleep(100); // the poll interval; the condition decides
        }
        throw new AssertionError("timed out waiting; the browser shows:\n" + s);
    }

    private static void keys(WebDriver driver, CharSequence... keys) {
        driver.switchTo().activeElement().sendKeys(keys);
    }

    /** Esc, then a letter: the commands browsers let through (Esc S saves, Esc N adds a row, Esc Q quits). */
    private static void esc(WebDriver driver, String then) throws InterruptedException {
        keys(driver, Keys.ESCAPE);
        await(driver, s -> s.contains("Esc 后再按"));
        keys(driver, then);
    }

    /** To a section by its number: Esc, the digit, Enter (no F-key needed). */
    private static void toSection(WebDriver driver, int number, String title) throws InterruptedException {
        esc(driver, String.valueOf(number));
        await(driver, s -> s.contains("跳到第 " + number + " 节"));
        keys(driver, Keys.ENTER);
        await(driver, s -> s.contains(number + ". " + title));
    }

    /** ↓ one step at a time (each waits for the focus to move) until the field labelled {@code label} has it. */
    private static void downTo(WebDriver driver, String label, int most) throws InterruptedException {
        for (int i = 0; i < most && !screen(driver).contains("> " + label); i++) {
            String before = screen(driver);
            keys(driver, Keys.ARROW_DOWN);
            await(driver, s -> !s.equals(before));
        }
        await(driver, s -> s.contains("> " + label));
    }

    @Test
    void fillingAddingARowSavingTheSummaryFinalisingAndQuittingWithBrowserSafeKeys() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "chromium and chromedriver are needed");
        assumeTrue(Pty.available(), "script (util-linux) is not installed");
        Path draft = dir.resolve("draft.yaml");
        Path records = dir.resolve("records");
        Path example = Path.of("examples/dept-perf-self-eval-2021.yaml").toAbsolutePath();
        String command = "java -jar '" + Pty.jar() + "' fill --from '" + example + "' --draft '" + draft + "' --out '"
                + records + "'";
        try (Pty pty = Pty.start(80, 24, command, dir, List.of("LANG=C.UTF-8", "TERM=xterm-256color"));
             WebTerminal web = new WebTerminal(pty, 80, 24)) {
            WebDriver driver = browser(Files.createDirectories(dir.resolve("chromium-profile")));
            try {
                driver.get(web.url());
                // Chinese renders: in xterm.js's buffer and in the page the browser drew.
                await(driver, s -> s.contains("部门整体支出绩效自评表") && s.contains("第 "));
                assertThat(driver.findElement(By.cssSelector(".xterm-rows")).getText()).contains("部门整体支出绩效自评表");
                Path shot = Path.of("target/browser-terminal.png");
                Files.write(shot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));

                // A resumed draft opens at its first empty field; section 1 by its number (Esc, then the digit)
                toSection(driver, 1, "基本信息");
                // Fill a field: 单位名称 entered selected, typing replaces it
                downTo(driver, "单位名称", 6);
                keys(driver, "综合处");
                await(driver, s -> s.contains("综合处") && !s.contains("经济运行部综合处"));

                // Save without Ctrl-S
                esc(driver, "s");
                await(driver, s -> s.contains("已保存草稿"));
                assertThat(Files.readString(draft, StandardCharsets.UTF_8)).contains("unit_name: 综合处");

                // A table row: to section 6 by its number, Esc N adds a row at the end, Esc D deletes it
                toSection(driver, 6, "预算支出情况");
                downTo(driver, "项目支出明细", 12);
                int before = rowsOf(draft);
                esc(driver, "n");
                keys(driver, "新增测试项目");
                await(driver, s -> s.contains("新增测试项目"));
                esc(driver, "s");
                await(driver, s -> s.contains("已保存草稿"));
                assertThat(rowsOf(draft)).isEqualTo(before + 1);
                esc(driver, "d");
                await(driver, s -> s.contains("删除"));
                keys(driver, "y");
                await(driver, s -> s.contains("已删除"));

                // The summary, by the section list (F3 works too; Esc G is the browser-safe way)
                esc(driver, "g");
                await(driver, s -> s.contains("跳到第"));
                keys(driver, "12", Keys.ENTER);
                await(driver, s -> s.contains("总分 97 / 100") && s.contains("优"));

                // Finalise: it says where it will write and asks first
                for (int i = 0; i < 5; i++) {
                    keys(driver, Keys.ARROW_DOWN);
                }
                await(driver, s -> s.contains("> [ 定稿并写出记录 ]"));
                keys(driver, Keys.ENTER);
                await(driver, s -> s.contains("确认定稿"));
                keys(driver, "y");
                await(driver, s -> s.contains("已定稿"));
                assertThat(Files.list(records).map(p -> p.getFileName().toString()).toList())
                        .anySatisfy(n -> assertThat(n).endsWith(".yaml")).anySatisfy(n -> assertThat(n).endsWith(".json"));
                assertThat(Files.readString(draft, StandardCharsets.UTF_8)).contains("status: final");

                // Quit without Ctrl-Q: one line says where the draft is and how to resume it
                esc(driver, "q");
                assertThat(pty.waitFor(Duration.ofSeconds(60))).isTrue();
                assertThat(pty.exitValue()).isZero();
                // The line wraps at 80 columns wherever the temporary folder's name puts it: read it unwrapped.
                await(driver, s -> s.contains(draft.getFileName().toString()) && s.replace("\n", "").contains("--draft"));
            } finally {
                driver.quit();
            }
        }
    }

    /** The rows of 项目支出明细 (支出) in the saved draft. */
    private static int rowsOf(Path draft) throws Exception {
        var tree = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                .readTree(draft.toFile());
        var rows = tree.path("values").path("exp_project_items");
        return rows.isArray() ? rows.size() : 0;
    }

    static File unused() {
        return null;
    }
}
