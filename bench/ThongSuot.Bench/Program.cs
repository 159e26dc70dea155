using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PdfSharp.Pdf;
using ThongSuot.Bench;
using ThongSuot.Documents.Docx;
using ThongSuot.Documents.Pdf;

// Time to write a five-page Decree 30 letter as .docx and .pdf, median of repeated runs, beside the same library
// writing an empty document in the same run. Usage: dotnet run -c Release --project bench/ThongSuot.Bench [-- --runs 30 --write BENCHMARKS.md]
if (args.FirstOrDefault() == "board") return await BoardLatencyBench.RunAsync(args[1..]);
if (args is ["intake", ..]) return await IntakeBench.RunAsync(args);
if (args is ["nodes", ..]) return await NodesBench.RunAsync(args);

var runs = Option("--runs", 30);
var output = BenchFiles.OutputPath(args);
var letter = FivePageLetter.Build();
var pages = FivePageLetter.PageCount(letter);

var results = new (string Name, double Median, double Baseline)[]
{
    (".docx", Median(() => DocxLetterWriter.Write(letter, new MemoryStream())), Median(EmptyDocx)),
    (".pdf", Median(() => PdfLetterWriter.Write(letter, new MemoryStream())), Median(EmptyPdf)),
};

var machine = $"{RuntimeInformation.OSDescription}, {RuntimeInformation.ProcessArchitecture}, {Environment.ProcessorCount} logical CPUs, " +
    $"{CpuModel()}, .NET {Environment.Version}";
var report = new StringBuilder()
    .AppendLine("# Benchmarks: generating a directive letter")
    .AppendLine()
    .AppendLine(CultureInfo.InvariantCulture, $"Time to write a {pages}-page Decree 30 letter (header table, Kính gửi, Roman sections, numbered tasks, signature and Nơi nhận) into memory, " +
        $"median of {runs} runs after 3 warm-up runs, beside the same library writing an empty document in the same run. Target: under 300 ms each.")
    .AppendLine()
    .AppendLine("| Format | Five-page letter (median) | Empty document, same library (median) | Ratio | Under 300 ms |")
    .AppendLine("|---|---:|---:|---:|---|");
foreach (var (name, median, baseline) in results)
    report.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {median:0.0} ms | {baseline:0.00} ms | {median / baseline:0.0}× | {(median < 300 ? "yes" : "NO")} |");
report.AppendLine()
    .AppendLine(CultureInfo.InvariantCulture, $"Machine: {machine}. Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC.")
    .AppendLine()
    .AppendLine("The .docx is written with DocumentFormat.OpenXml, the .pdf with PDFsharp (Liberation Serif embedded); the empty baselines are")
    .AppendLine("`WordprocessingDocument.Create` with an empty body and a `PdfDocument` with one blank page. The machine is shared (2 cores),")
    .AppendLine("so absolute times vary between runs; the ratio shows the cost of the letter itself.")
    .AppendLine()
    .AppendLine("Reproduce:")
    .AppendLine()
    .AppendLine("```")
    .AppendLine("dotnet run -c Release --project bench/ThongSuot.Bench -- --runs 30 --write BENCHMARKS.md")
    .AppendLine("```");
Console.Write(report);
if (output is not null) File.WriteAllText(output, report.ToString());
return results.All(r => r.Median < 300) ? 0 : 1;

double Median(Action work)
{
    for (var i = 0; i < 3; i++) work();
    var times = new double[runs];
    for (var i = 0; i < runs; i++)
    {
        var watch = Stopwatch.StartNew();
        work();
        times[i] = watch.Elapsed.TotalMilliseconds;
    }
    Array.Sort(times);
    return runs % 2 == 1 ? times[runs / 2] : (times[runs / 2 - 1] + times[runs / 2]) / 2;
}

static void EmptyDocx()
{
    using var stream = new MemoryStream();
    using var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
    doc.AddMainDocumentPart().Document = new Document(new Body());
}

static void EmptyPdf()
{
    using var stream = new MemoryStream();
    using var pdf = new PdfDocument();
    pdf.AddPage();
    pdf.Save(stream);
}

int Option(string name, int fallback)
{
    var value = args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
    return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : fallback;
}

static string CpuModel()
{
    try
    {
        var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
        return line is null ? "unknown CPU" : line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }
    catch (IOException)
    {
        return "unknown CPU";
    }
}
