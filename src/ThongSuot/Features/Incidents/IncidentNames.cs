namespace ThongSuot.Features.Incidents;

/// <summary>Affected services, stored by name in <see cref="Incident.Services"/>.</summary>
public enum AffectedService { Voice, Sms, MobileData, FixedInternet, PayTv, Broadcast, CommuneRadio }

/// <summary>Vietnamese names of the incident enums, shown in pages and timeline texts.</summary>
public static class IncidentNames
{
    public static string Vietnamese(this IncidentStatus status) => status switch
    {
        IncidentStatus.Reported => "Mới báo",
        IncidentStatus.Acknowledged => "Đã tiếp nhận",
        IncidentStatus.Responding => "Đang xử lý",
        IncidentStatus.Restored => "Đã khôi phục",
        IncidentStatus.Closed => "Đã đóng",
        IncidentStatus.Cancelled => "Đã hủy",
        IncidentStatus.Merged => "Đã gộp",
        _ => status.ToString(),
    };

    public static string Vietnamese(this IncidentChannel channel) => channel switch
    {
        IncidentChannel.Web => "Web",
        IncidentChannel.Phone => "Điện thoại",
        IncidentChannel.Api => "API",
        IncidentChannel.Automatic => "Tự động",
        _ => channel.ToString(),
    };

    public static string Vietnamese(this AffectedService service) => service switch
    {
        AffectedService.Voice => "Thoại",
        AffectedService.Sms => "Tin nhắn SMS",
        AffectedService.MobileData => "Dữ liệu di động",
        AffectedService.FixedInternet => "Internet cố định",
        AffectedService.PayTv => "IPTV, truyền hình trả tiền",
        AffectedService.Broadcast => "Phát thanh, truyền hình",
        AffectedService.CommuneRadio => "Truyền thanh cơ sở",
        _ => service.ToString(),
    };

    public static string Vietnamese(this AidResourceKind kind) => kind switch
    {
        AidResourceKind.MobileBts => "Trạm BTS lưu động",
        AidResourceKind.BroadcastVehicle => "Xe phát sóng lưu động",
        AidResourceKind.Generator => "Máy phát điện",
        AidResourceKind.RepairCrew => "Đội ứng cứu, sửa chữa",
        AidResourceKind.FibreSplicingTeam => "Tổ hàn nối cáp quang",
        AidResourceKind.TransmissionCapacity => "Dung lượng truyền dẫn",
        _ => kind.ToString(),
    };

    public static string Vietnamese(this AidResourceStatus status) => status switch
    {
        AidResourceStatus.Available => "Sẵn sàng",
        AidResourceStatus.Deployed => "Đang điều động",
        AidResourceStatus.Maintenance => "Đang bảo dưỡng",
        _ => status.ToString(),
    };

    public static string Vietnamese(this AidRequestStatus status) => status switch
    {
        AidRequestStatus.Pending => "Chờ trả lời",
        AidRequestStatus.Accepted => "Đã nhận hỗ trợ",
        AidRequestStatus.Declined => "Từ chối",
        _ => status.ToString(),
    };

    public static string Vietnamese(this IncidentInvolvement role) => role switch
    {
        IncidentInvolvement.Affected => "Bị ảnh hưởng",
        IncidentInvolvement.Assigned => "Được giao xử lý",
        IncidentInvolvement.AidProvider => "Được đề nghị hỗ trợ",
        _ => role.ToString(),
    };

    /// <summary>Case-insensitive parse of an enum name; refuses numbers, which Enum.TryParse would accept.</summary>
    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text) || char.IsDigit(text.Trim()[0]) || text.Trim()[0] == '-') return false;
        return Enum.TryParse(text.Trim(), ignoreCase: true, out value) && Enum.IsDefined(value);
    }
}
