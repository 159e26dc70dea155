using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ThongSuot.Features.Incidents;

/// <summary>A kind of incident (loại sự cố), keyed by a stable code so API clients can send "CableCut"; the Vietnamese name is editable.</summary>
public sealed class IncidentType
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public int SortOrder { get; set; }
    public bool IsActive { get; set; } = true;
}

/// <summary>Severity 1 (critical) … 4 (low), with what it means and the SLA minutes that escalation (a later step) uses.</summary>
public sealed class IncidentSeverity
{
    public int Level { get; set; }
    public required string Name { get; set; }
    public required string Meaning { get; set; }
    public int AcknowledgeMinutes { get; set; }
    public int RestoreMinutes { get; set; }
}

internal sealed class IncidentTypeConfiguration : IEntityTypeConfiguration<IncidentType>
{
    public void Configure(EntityTypeBuilder<IncidentType> b)
    {
        b.ToTable("IncidentTypes");
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(40);
        b.Property(x => x.Name).HasMaxLength(200);
    }
}

internal sealed class IncidentSeverityConfiguration : IEntityTypeConfiguration<IncidentSeverity>
{
    public void Configure(EntityTypeBuilder<IncidentSeverity> b)
    {
        b.ToTable("IncidentSeverities");
        b.HasKey(x => x.Level);
        b.Property(x => x.Level).ValueGeneratedNever();
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Meaning).HasMaxLength(500);
    }
}

/// <summary>The types and severities the seeds name; the migration inserts them once, people edit them after.</summary>
public static class IncidentCatalogSeed
{
    public static readonly (string Code, string Name)[] Types =
    [
        ("NetworkCongestion", "Nghẽn mạng"),
        ("VoiceOutage", "Mất dịch vụ thoại"),
        ("SmsOutage", "Mất dịch vụ tin nhắn (SMS)"),
        ("MobileDataOutage", "Mất dịch vụ dữ liệu di động"),
        ("FixedInternetOutage", "Mất dịch vụ Internet cố định"),
        ("PayTvOutage", "Mất dịch vụ IPTV, truyền hình trả tiền"),
        ("BroadcastOutage", "Mất sóng phát thanh, truyền hình"),
        ("CommuneRadioOutage", "Mất truyền thanh cơ sở"),
        ("CableCut", "Đứt cáp"),
        ("CableTheft", "Trộm cắp cáp"),
        ("BtsSabotage", "Phá hoại trạm BTS"),
        ("PowerLoss", "Mất điện"),
        ("FallenPole", "Đổ cột"),
        ("StationFire", "Cháy, nổ tại trạm"),
        ("WebDefacement", "Tấn công, thay đổi giao diện cổng thông tin"),
        ("Malware", "Mã độc"),
        ("Ddos", "Tấn công từ chối dịch vụ (DDoS)"),
        ("DataLeak", "Lộ, lọt dữ liệu"),
        ("Spam", "Tin nhắn, cuộc gọi, thư rác"),
        ("IllegalContent", "Nội dung vi phạm pháp luật"),
        ("PostalContraband", "Hàng cấm gửi qua bưu chính"),
        ("SimBoxFraud", "Gian lận SIM-box, cuộc gọi quốc tế"),
        ("Other", "Khác"),
    ];

    public static readonly IncidentSeverity[] Severities =
    [
        new() { Level = 1, Name = "Đặc biệt nghiêm trọng", Meaning = "Mất liên lạc diện rộng, ảnh hưởng chỉ đạo điều hành hoặc điểm trọng yếu", AcknowledgeMinutes = 5, RestoreMinutes = 120 },
        new() { Level = 2, Name = "Nghiêm trọng", Meaning = "Mất dịch vụ tại một xã, phường hoặc nhiều trạm", AcknowledgeMinutes = 15, RestoreMinutes = 240 },
        new() { Level = 3, Name = "Trung bình", Meaning = "Suy giảm chất lượng, ảnh hưởng cục bộ", AcknowledgeMinutes = 30, RestoreMinutes = 480 },
        new() { Level = 4, Name = "Thấp", Meaning = "Ảnh hưởng nhỏ, chưa gián đoạn dịch vụ", AcknowledgeMinutes = 60, RestoreMinutes = 1440 },
    ];
}
