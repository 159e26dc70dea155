namespace ThongSuot.Shared;

/// <summary>
/// Every ProblemDetails the API writes passes here: the framework's English titles become Vietnamese, and the
/// built-in DataAnnotations validation's keys (C# property names, "FullName") become the names the client sent ("fullName").
/// </summary>
public static class ProblemTexts
{
    private static readonly Dictionary<string, string> Titles = new(StringComparer.Ordinal)
    {
        ["One or more validation errors occurred."] = "Dữ liệu không hợp lệ.",
        ["Bad Request"] = "Yêu cầu không hợp lệ.",
        ["Unauthorized"] = "Cần đăng nhập hoặc khóa API.",
        ["Forbidden"] = "Bạn không có quyền thực hiện thao tác này.",
        ["Not Found"] = "Không tìm thấy.",
        ["Method Not Allowed"] = "Phương thức không được hỗ trợ ở địa chỉ này.",
        ["Not Acceptable"] = "Không có định dạng trả lời phù hợp.",
        ["Conflict"] = "Dữ liệu xung đột.",
        ["Payload Too Large"] = "Nội dung gửi lên quá lớn.",
        ["Unsupported Media Type"] = "Định dạng nội dung không được hỗ trợ.",
        ["Unprocessable Entity"] = "Không xử lý được yêu cầu.",
        ["An error occurred while processing your request."] = "Có lỗi khi xử lý yêu cầu.",
    };

    public static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        // Only the framework's own validation keeps the English default title; the app's services name their fields
        // already, some of them on purpose not in camelCase (the "Idempotency-Key" header).
        if (problem is HttpValidationProblemDetails validation && problem.Title == "One or more validation errors occurred."
            && validation.Errors.Keys.Any(StartsUpper))
        {
            var errors = validation.Errors.ToList();
            validation.Errors.Clear();
            foreach (var (key, messages) in errors) validation.Errors[CamelCase(key)] = messages;
        }
        if (problem.Title is { } title && Titles.TryGetValue(title, out var vietnamese)) problem.Title = vietnamese;
    }

    private static bool StartsUpper(string key) => key.Length > 0 && char.IsUpper(key[0]);

    /// <summary>"Sections[0].Text" → "sections[0].text": each segment as System.Text.Json's web defaults spell it.</summary>
    private static string CamelCase(string key) =>
        string.Join('.', key.Split('.').Select(s => s.Length > 0 && char.IsUpper(s[0]) ? char.ToLowerInvariant(s[0]) + s[1..] : s));
}
