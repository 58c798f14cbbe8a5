import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;

/**
 * Plots of bench/scale's medians (written by bench/report as medians.tsv: task, tool, n, wall,
 * cpu, rss_mib): for each task, CPU seconds and peak RSS against N, log-log, one line per tool.
 * Run by bench/report: java -cp 'bench/.cache/xchart/lib/*' bench/Plot.java medians.tsv OUTDIR
 */
public class Plot {
    public static void main(String[] args) throws IOException {
        Map<String, Map<String, TreeMap<Double, double[]>>> data = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            String[] f = line.split("\t");
            if (f[0].equals("task")) {
                continue;
            }
            data.computeIfAbsent(f[0], k -> new TreeMap<>()).computeIfAbsent(f[1], k -> new TreeMap<>())
                    .put(Double.parseDouble(f[2]), new double[] {Double.parseDouble(f[3]), Double.parseDouble(f[4]),
                        Double.parseDouble(f[5])});
        }
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        for (var task : data.entrySet()) {
            chart(out, task.getKey(), task.getValue(), 1, "CPU (s)", "cpu");
            chart(out, task.getKey(), task.getValue(), 2, "peak RSS (MiB)", "rss");
        }
    }

    static void chart(Path out, String task, Map<String, TreeMap<Double, double[]>> tools, int col, String yTitle,
            String suffix) throws IOException {
        XYChart chart = new XYChartBuilder().width(640).height(400).title(task + ": " + yTitle + " by articles N")
                .xAxisTitle("articles (N)").yAxisTitle(yTitle).build();
        chart.getStyler().setXAxisLogarithmic(true).setYAxisLogarithmic(true)
                .setLegendPosition(Styler.LegendPosition.InsideNW).setMarkerSize(6);
        for (var tool : tools.entrySet()) {
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            tool.getValue().forEach((n, v) -> {
                xs.add(n);
                ys.add(Math.max(v[col], 0.01));
            });
            chart.addSeries(tool.getKey(), xs, ys);
        }
        BitmapEncoder.saveBitmap(chart, out.resolve(task + "-" + suffix).toString(), BitmapEncoder.BitmapFormat.PNG);
    }
}
