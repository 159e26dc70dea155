using ThongSuot.Features.Organizations;
using static ThongSuot.Features.Compliance.ReadinessFieldType;

namespace ThongSuot.Features.Compliance;

/// <summary>A shipped readiness form: fixed id and code, so the migration that seeds it and the tests agree.</summary>
public sealed record ShippedReadinessForm(Guid Id, string Code, string Name, string Description, OrganizationKind[] Kinds, ReadinessField[] Fields)
{
    public string KindsText => string.Join(',', Kinds);
    public string FieldsJson => ReadinessFieldsJson.Write(Fields);
}

/// <summary>
/// The forms the department's letters ask for (operators, commune committees, police, postal operators). Seeded once by
/// migration 20261122051000_ReadinessForms; after that they are data a coordinator edits at /Compliance/Forms.
/// </summary>
public static class ReadinessFormCatalog
{
    public static readonly Guid OperatorId = new("0b7a51d0-0000-4000-8000-000000000001");
    public static readonly Guid CommuneId = new("0b7a51d0-0000-4000-8000-000000000002");
    public static readonly Guid PoliceId = new("0b7a51d0-0000-4000-8000-000000000003");
    public static readonly Guid PostalId = new("0b7a51d0-0000-4000-8000-000000000004");

    private static ReadinessField Count(string key, string label, string unit, bool required = false, string? help = null) =>
        new(key, label, WholeNumber, unit, required, Min: 0, Max: 100000, Help: help, Summable: true);

    public static readonly ShippedReadinessForm Operator = new(OperatorId, "operator",
        "Báo cáo sẵn sàng của doanh nghiệp viễn thông, Internet, truyền hình",
        "Nhân lực, phương tiện, thiết bị dự phòng và phương án bảo đảm thông tin liên lạc tại các điểm trọng yếu.",
        [OrganizationKind.TelecomOperator, OrganizationKind.InternetProvider, OrganizationKind.PayTvOperator],
        [
            Count("staff_on_duty_per_day", "Số cán bộ, nhân viên trực mỗi ngày", "người", required: true),
            new("duty_phone", "Số điện thoại trực", Phone, Required: true, MaxLength: 20, Help: "Số máy trực 24/7 trong các ngày nghỉ."),
            Count("mobile_bts_ready", "Trạm BTS lưu động sẵn sàng", "trạm"),
            Count("broadcast_vehicles_ready", "Xe phát sóng lưu động sẵn sàng", "xe"),
            Count("generators", "Máy phát điện dự phòng", "máy"),
            Count("spare_part_kits", "Bộ vật tư, thiết bị dự phòng thay thế", "bộ"),
            new("backup_power_hours", "Thời gian duy trì nguồn điện dự phòng", Number, "giờ", Min: 0, Max: 720,
                Help: "Số giờ trạm hoạt động được khi mất điện lưới, tại từng điểm trọng yếu.", Repeat: ReadinessFieldRepeat.KeySite),
            new("capacity_added_gbps", "Dung lượng tăng thêm trên các tuyến truyền dẫn", Number, "Gbps", Min: 0, Max: 100000, Summable: true),
            new("subscribers_by_area", "Số thuê bao trên địa bàn", WholeNumber, "thuê bao", Min: 0, Max: 10000000,
                Help: "Theo từng xã, phường, đặc khu.", Summable: true, Repeat: ReadinessFieldRepeat.Area),
            new("promotions_suspended", "Đã tạm dừng chương trình khuyến mại gây quá tải mạng trong dịp cao điểm", YesNo),
            new("key_site_plan", "Phương án bảo đảm thông tin tại điểm trọng yếu", LongText, MaxLength: 4000,
                Help: "Phương án cho từng điểm trọng yếu trong phạm vi chiến dịch.", Repeat: ReadinessFieldRepeat.KeySite),
        ]);

    public static readonly ShippedReadinessForm Commune = new(CommuneId, "commune",
        "Báo cáo sẵn sàng của UBND xã, phường, đặc khu",
        "Kiểm tra đài truyền thanh cơ sở, cụm loa và bố trí người trực.",
        [OrganizationKind.CommunePeoplesCommittee, OrganizationKind.GrassrootsRadio],
        [
            Count("radio_stations_checked", "Số đài truyền thanh đã kiểm tra", "đài", required: true),
            Count("radio_stations_working", "Số đài truyền thanh hoạt động tốt", "đài", required: true),
            Count("loudspeaker_clusters_checked", "Số cụm loa đã kiểm tra", "cụm", required: true),
            Count("loudspeaker_clusters_working", "Số cụm loa hoạt động tốt", "cụm", required: true),
            Count("staff_on_duty", "Số người trực", "người", required: true),
        ]);

    public static readonly ShippedReadinessForm Police = new(PoliceId, "police",
        "Báo cáo sẵn sàng của lực lượng công an",
        "Phương án tuần tra, bảo vệ các điểm trọng yếu và hạ tầng thông tin; lực lượng trực.",
        [OrganizationKind.Police],
        [
            new("patrol_plan", "Phương án tuần tra, bảo vệ điểm trọng yếu và hạ tầng thông tin", LongText, MaxLength: 4000,
                Help: "Cho từng điểm trọng yếu: lực lượng, thời gian tuần tra, đầu mối liên hệ.", Repeat: ReadinessFieldRepeat.KeySite),
            Count("officers_on_duty", "Số cán bộ, chiến sĩ trực", "người", required: true),
        ]);

    public static readonly ShippedReadinessForm Postal = new(PostalId, "postal",
        "Báo cáo sẵn sàng của doanh nghiệp bưu chính",
        "Giờ mở cửa phục vụ và nhân lực xử lý bưu gửi trong dịp Tết.",
        [OrganizationKind.PostalOperator],
        [
            new("opening_hours_posted", "Đã niêm yết giờ mở cửa phục vụ tại các bưu cục", YesNo, Required: true),
            new("opening_hours", "Giờ mở cửa phục vụ trong dịp Tết", Text, MaxLength: 500, Help: "Ví dụ: 07:30–11:30 các ngày 29, 30 Tết; nghỉ mùng 1–3."),
            Count("kt1_mail_staff", "Số nhân viên xử lý bưu gửi KT1", "người", help: "Bưu gửi KT1 của các cơ quan Đảng, Nhà nước."),
            Count("tet_mail_staff", "Số nhân viên xử lý bưu gửi dịp Tết", "người"),
        ]);

    public static readonly IReadOnlyList<ShippedReadinessForm> All = [Operator, Commune, Police, Postal];
}
