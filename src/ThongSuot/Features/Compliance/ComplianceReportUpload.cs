using System.Text.Json;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using ThongSuot.Features.Accounts;
using ThongSuot.Features.Files;
using ThongSuot.Shared;

namespace ThongSuot.Features.Compliance;

/// <summary>POST …/assignments/{id}/reports: multipart/form-data (text, values as JSON, revision, files) or JSON without files.</summary>
internal static class ComplianceReportUpload
{
    public static async Task<Results<Created<AssignmentDto>, ValidationProblem, ProblemHttpResult>> SubmitAsync(
        Guid id, HttpRequest request, ComplianceService service, CancellationToken ct)
    {
        var errors = new FieldErrors();
        ReportSubmission submission;
        if (request.HasFormContentType)
        {
            // Antiforgery is off for this endpoint so API keys can post multipart; a cookie caller still needs the token.
            var me = request.HttpContext.RequestServices.GetRequiredService<CurrentUser>();
            var antiforgery = request.HttpContext.RequestServices.GetRequiredService<IAntiforgery>();
            if (me.ApiKeyId is null && !await antiforgery.IsRequestValidAsync(request.HttpContext))
                return ServiceError.Invalid("body", "Thiếu hoặc sai mã chống giả mạo (X-CSRF-TOKEN).").ToValidationProblem();
            IFormCollection form;
            try { form = await request.ReadFormAsync(ct); }
            catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
            {
                return ServiceError.Invalid("body", "Không đọc được nội dung multipart/form-data.").ToValidationProblem();
            }
            var values = ParseValues(form["values"].ToString(), errors);
            Guid? revision = null;
            if (!string.IsNullOrWhiteSpace(form["revision"]))
            {
                if (Guid.TryParse(form["revision"], out var r)) revision = r;
                else errors.Add("revision", "Phiên bản (revision) không hợp lệ.");
            }
            submission = new ReportSubmission(form["text"].ToString(), values, form.Files.Select(FileUpload.From).ToList(), revision);
        }
        else
        {
            var body = await JsonBody.ReadAsync<ReportRequest>(request, ct);
            if (body.Error is { } error) return error.ToValidationProblem();
            var values = body.Value!.Values is { } v ? ReadinessJsonInputs.From(v, errors) : [];
            submission = new ReportSubmission(body.Value.Text, values, [], body.Value.Revision);
        }
        if (errors.Any) return errors.ToError().ToValidationProblem();
        var result = await service.SubmitAsync(id, submission, ct);
        return result.ToCreated(a => $"/api/v1/compliance/assignments/{a.Id}");
    }

    private static Dictionary<string, string?> ParseValues(string json, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(json)) return [];
        if (json.Length > ComplianceReportConfiguration.MaxValues) { errors.Add("values", "Số liệu quá dài."); return []; }
        try
        {
            using var doc = JsonDocument.Parse(json);
            return ReadinessJsonInputs.From(doc.RootElement, errors);
        }
        catch (JsonException)
        {
            errors.Add("values", "values phải là JSON hợp lệ, ví dụ {\"tramBtsLuuDong\": 3}.");
            return [];
        }
    }
}

/// <summary>A JSON values object as the raw inputs the validator reads: {"key": v} → "key", {"key": {"targetId": v}} → "key:targetId".</summary>
public static class ReadinessJsonInputs
{
    public static Dictionary<string, string?> From(JsonElement values, FieldErrors errors)
    {
        var inputs = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (values.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined) return inputs;
        if (values.ValueKind != JsonValueKind.Object) { errors.Add("values", "values phải là một đối tượng JSON {\"mãTrường\": giá trị}."); return inputs; }
        foreach (var field in values.EnumerateObject())
        {
            if (field.Value.ValueKind == JsonValueKind.Object)
            {
                foreach (var cell in field.Value.EnumerateObject())
                {
                    var target = Guid.TryParse(cell.Name, out var t) ? t.ToString() : cell.Name;
                    if (Scalar(cell.Value, out var text)) inputs[$"{field.Name}:{target}"] = text;
                    else errors.Add(field.Name, "Giá trị không đúng kiểu dữ liệu.");
                }
            }
            else if (Scalar(field.Value, out var text)) inputs[field.Name] = text;
            else errors.Add(field.Name, "Giá trị không đúng kiểu dữ liệu.");
        }
        return inputs;
    }

    private static bool Scalar(JsonElement value, out string? text)
    {
        text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => null,
        };
        return value.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null;
    }
}
