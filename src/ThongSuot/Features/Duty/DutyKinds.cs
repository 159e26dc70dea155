namespace ThongSuot.Features.Duty;

/// <summary>The duty roles directives ask for ("chế độ trực ca, trực điều hành, ứng cứu thông tin", a leader on call).</summary>
public enum DutyRole { Shift, Operations, InfoResponse, Leader }

/// <summary>The campaign phase a coverage requirement applies to.</summary>
public enum DutyPhase { Before, During, After }

/// <summary>Continuous: someone on duty at every instant (24/24). Daily: at least one shift touching each day.</summary>
public enum CoverageMode { Continuous, Daily }

public enum DutyLogKind { Call, Check, Incident, Note, Handover }

public static class DutyKinds
{
    public static string Vietnamese(this DutyRole role) => role switch
    {
        DutyRole.Shift => "Trực ca",
        DutyRole.Operations => "Trực điều hành",
        DutyRole.InfoResponse => "Ứng cứu thông tin",
        _ => "Lãnh đạo trực",
    };

    public static string Vietnamese(this DutyPhase phase) => phase switch
    {
        DutyPhase.Before => "Giai đoạn trước",
        DutyPhase.During => "Giai đoạn trong",
        _ => "Giai đoạn sau",
    };

    public static string Vietnamese(this CoverageMode mode) => mode == CoverageMode.Continuous ? "24/24" : "Mỗi ngày";

    public static string Vietnamese(this DutyLogKind kind) => kind switch
    {
        DutyLogKind.Call => "Cuộc gọi đến",
        DutyLogKind.Check => "Kiểm tra",
        DutyLogKind.Incident => "Sự cố",
        DutyLogKind.Note => "Ghi chú",
        _ => "Bàn giao ca",
    };

    /// <summary>Parses an enum name (case-insensitive); numbers are refused so "7" is not a role.</summary>
    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        value = default;
        return !string.IsNullOrWhiteSpace(text) && !char.IsDigit(text.Trim()[0]) && !text.Trim().StartsWith('-')
            && Enum.TryParse(text.Trim(), ignoreCase: true, out value) && Enum.IsDefined(value);
    }
}
