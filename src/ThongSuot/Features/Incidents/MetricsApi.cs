using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using ThongSuot.Shared;

namespace ThongSuot.Features.Incidents;

/// <summary>GET /api/v1/incidents/metrics?campaignId=&amp;by=type|severity|operator|area, and the same as .csv for spreadsheets.</summary>
public static class MetricsApi
{
    public static IEndpointRouteBuilder MapMetricsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/incidents").WithTags("Incidents").RequireAuthorization();
        group.MapGet("/metrics", async (string? campaignId, string? by, MetricsService metrics, CancellationToken ct) =>
            (await ReportAsync(campaignId, by, metrics, ct)).ToHttp());
        group.MapGet("/metrics.csv", async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> (
            string? campaignId, string? by, MetricsService metrics, CancellationToken ct) =>
        {
            var result = await ReportAsync(campaignId, by, metrics, ct);
            if (result.Error is { } e) return e.Kind == ServiceErrorKind.Invalid ? e.ToValidationProblem() : e.ToProblem();
            var report = result.Value!;
            return TypedResults.File(MetricsCsv.Write(report), "text/csv; charset=utf-8", $"chi-so-su-co-{report.By.ToString().ToLowerInvariant()}.csv");
        });
        return app;
    }

    // Query values arrive as text so "abc" is a field error, not the framework's bare 400.
    private static async Task<ServiceResult<MetricsReport>> ReportAsync(string? campaignId, string? by, MetricsService metrics, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (!Guid.TryParse(campaignId?.Trim(), out var id)) errors.Add("campaignId", "Mã chiến dịch là bắt buộc và phải hợp lệ.");
        if (!MetricsService.TryParseDimension(by, out var dimension)) errors.Add("by", "Chỉ nhận type, severity, operator hoặc area.");
        if (errors.Any) return errors.ToError();
        return await metrics.CalculateAsync(id, dimension, ct);
    }
}

/// <summary>The metrics table as CSV: one row per group and a total row, minutes with one decimal and a dot.</summary>
public static class MetricsCsv
{
    public static readonly string[] Columns =
    [
        "Nhóm", "Mã nhóm", "Số sự cố", "Chưa tiếp nhận", "Chưa khôi phục",
        "MTTA số sự cố", "MTTA trung bình (phút)", "MTTA trung vị (phút)", "MTTA p90 (phút)",
        "MTTR số sự cố", "MTTR trung bình (phút)", "MTTR trung vị (phút)", "MTTR p90 (phút)",
        "Quá hạn tiếp nhận", "Quá hạn khôi phục", "Quy mô gián đoạn (thuê bao × phút)",
    ];

    public static byte[] Write(MetricsReport report) =>
        CsvTable.Write(Columns, report.Groups.Append(report.Total).Select(g => (IReadOnlyList<string?>)
        [
            g.Name, g.Key, N(g.Incidents), N(g.Unacknowledged), N(g.Open),
            N(g.Mtta.Count), M(g.Mtta.Mean), M(g.Mtta.Median), M(g.Mtta.P90),
            N(g.Mttr.Count), M(g.Mttr.Mean), M(g.Mttr.Median), M(g.Mttr.P90),
            N(g.AcknowledgeBreaches), N(g.RestoreBreaches), g.OutageSize.ToString(CultureInfo.InvariantCulture),
        ]));

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
    public static string M(double? minutes) => minutes?.ToString("0.0", CultureInfo.InvariantCulture) ?? "";
}
