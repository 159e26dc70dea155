using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ThongSuot.Shared;

public enum ServiceErrorKind { Invalid, NotFound, Forbidden, Conflict }

/// <summary>Why a service refused: a Vietnamese message and, for invalid input, messages per field (named as the client sent them).</summary>
public sealed record ServiceError(ServiceErrorKind Kind, string Message, IDictionary<string, string[]>? Fields = null)
{
    public static ServiceError NotFound(string message = "Không tìm thấy bản ghi.") => new(ServiceErrorKind.NotFound, message);
    public static ServiceError Forbidden(string message = "Bạn không có quyền thực hiện thao tác này.") => new(ServiceErrorKind.Forbidden, message);
    public static ServiceError Conflict(string message) => new(ServiceErrorKind.Conflict, message);
    public static ServiceError Invalid(IDictionary<string, string[]> fields, string message = "Dữ liệu không hợp lệ.") => new(ServiceErrorKind.Invalid, message, fields);
    public static ServiceError Invalid(string field, string message) => Invalid(new Dictionary<string, string[]> { [field] = [message] });
}

/// <summary>The outcome of a service call: a value, or an error. Endpoints and pages turn it into HTTP or form messages.</summary>
public readonly record struct ServiceResult<T>(T? Value, ServiceError? Error)
{
    public bool Succeeded => Error is null;

    public static implicit operator ServiceResult<T>(T value) => new(value, null);
    public static implicit operator ServiceResult<T>(ServiceError error) => new(default, error);
}

/// <summary>Collects field errors while validating input; empty means valid.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.OrdinalIgnoreCase);

    public bool Any => _errors.Count > 0;

    public FieldErrors Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list)) _errors[field] = list = [];
        list.Add(message);
        return this;
    }

    /// <summary>Checks a required text and its maximum length; returns the trimmed value.</summary>
    public string? Text(string field, string? value, int maxLength, bool required, string label)
    {
        var trimmed = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (trimmed is null && required) Add(field, $"{label} là bắt buộc.");
        else if (trimmed is not null && trimmed.Length > maxLength) Add(field, $"{label} dài tối đa {maxLength} ký tự.");
        return trimmed;
    }

    public IDictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.OrdinalIgnoreCase);

    public ServiceError ToError(string message = "Dữ liệu không hợp lệ.") => ServiceError.Invalid(ToDictionary(), message);
}

public static class ServiceResultHttp
{
    /// <summary>Maps a service outcome to the HTTP answer: 200, 400 with field errors, 403, 404 or 409 as ProblemDetails.</summary>
    public static Results<Ok<T>, ValidationProblem, ProblemHttpResult> ToHttp<T>(this ServiceResult<T> result) =>
        result.Error is { } e ? (e.Kind == ServiceErrorKind.Invalid ? e.ToValidationProblem() : e.ToProblem()) : TypedResults.Ok(result.Value!);

    public static Results<Created<T>, ValidationProblem, ProblemHttpResult> ToCreated<T>(this ServiceResult<T> result, Func<T, string> location) =>
        result.Error is { } e ? (e.Kind == ServiceErrorKind.Invalid ? e.ToValidationProblem() : e.ToProblem()) : TypedResults.Created(location(result.Value!), result.Value!);

    public static Results<NoContent, ValidationProblem, ProblemHttpResult> ToNoContent<T>(this ServiceResult<T> result) =>
        result.Error is { } e ? (e.Kind == ServiceErrorKind.Invalid ? e.ToValidationProblem() : e.ToProblem()) : TypedResults.NoContent();

    public static ValidationProblem ToValidationProblem(this ServiceError error) =>
        TypedResults.ValidationProblem(error.Fields ?? new Dictionary<string, string[]>(), title: error.Message);

    public static ProblemHttpResult ToProblem(this ServiceError error) => TypedResults.Problem(title: error.Message, statusCode: error.Kind switch
    {
        ServiceErrorKind.Invalid => StatusCodes.Status400BadRequest,
        ServiceErrorKind.NotFound => StatusCodes.Status404NotFound,
        ServiceErrorKind.Forbidden => StatusCodes.Status403Forbidden,
        _ => StatusCodes.Status409Conflict,
    });

    /// <summary>Puts a service error beside the form fields; <paramref name="prefix"/> is the bound property's name, e.g. "Input".</summary>
    public static void AddTo(this ServiceError error, ModelStateDictionary modelState, string prefix = "Input")
    {
        if (error.Fields is { Count: > 0 })
            foreach (var (field, messages) in error.Fields)
                foreach (var message in messages)
                    modelState.AddModelError(string.IsNullOrEmpty(prefix) ? field : $"{prefix}.{field}", message);
        else
            modelState.AddModelError(string.Empty, error.Message);
    }
}
