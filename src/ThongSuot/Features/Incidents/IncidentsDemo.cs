using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;
using ThongSuot.Features.Campaigns;
using ThongSuot.Features.KeySites;
using ThongSuot.Features.Organizations;
using ThongSuot.Shared;

namespace ThongSuot.Features.Incidents;

/// <summary>Fictional incidents of the Tết 2027 campaign in several states, resources of three operators, one aid request. Runs again safely.</summary>
public static class IncidentsDemo
{
    public static async Task SeedAsync(AppDbContext db, CancellationToken ct)
    {
        if (await db.Set<Incident>().AnyAsync(ct) || await db.Set<AidResource>().AnyAsync(ct)) return;
        var orgs = await db.Set<Organization>().Where(o => new[] { "VIETTEL", "VNPT", "MOBIFONE", "SKHCN" }.Contains(o.ShortName))
            .ToDictionaryAsync(o => o.ShortName, o => o.Id, ct);
        if (orgs.Count < 4) return;
        var campaign = await db.Set<Campaign>().Where(c => c.Occasion == CampaignOccasion.LunarNewYear && c.Year == 2027).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct);
        var site = await db.Set<KeySite>().Where(s => s.Name == "Chợ Đông Hà – chợ Tết").Select(s => (Guid?)s.Id).FirstOrDefaultAsync(ct);

        var resources = new List<AidResource>
        {
            new() { OrganizationId = orgs["VIETTEL"], Kind = AidResourceKind.MobileBts, Name = "Xe BTS lưu động số 1", Count = 1, Location = "Đông Hà" },
            new() { OrganizationId = orgs["VIETTEL"], Kind = AidResourceKind.Generator, Name = "Máy phát điện 30 kVA", Count = 4, Location = "Kho Đồng Hới" },
            new() { OrganizationId = orgs["VNPT"], Kind = AidResourceKind.FibreSplicingTeam, Name = "Tổ hàn cáp quang Đông Hà", Count = 2, Location = "Đông Hà" },
            new() { OrganizationId = orgs["VNPT"], Kind = AidResourceKind.BroadcastVehicle, Name = "Xe phát sóng lưu động", Count = 1, Location = "Đồng Hới", Status = AidResourceStatus.Maintenance },
            new() { OrganizationId = orgs["MOBIFONE"], Kind = AidResourceKind.RepairCrew, Name = "Đội ứng cứu thông tin", Count = 3, Location = "Quảng Trị" },
            new() { OrganizationId = orgs["MOBIFONE"], Kind = AidResourceKind.TransmissionCapacity, Name = "Dung lượng truyền dẫn dự phòng 10 Gbit/s", Count = 1 },
        };
        db.AddRange(resources);

        var now = DateTime.UtcNow;
        var year = TimeDisplay.VietnamDay(now).Year;
        Incident Make(int seq, string org, string type, int severity, string title, IncidentChannel channel, IncidentStatus status, double hoursAgo) => new()
        {
            Number = Incident.NumberOf(year, seq), Year = year, Sequence = seq, OrganizationId = orgs[org], Channel = channel,
            TypeCode = type, Severity = severity, Title = title, Status = status, CampaignId = campaign, StartedAt = now.AddHours(-hoursAgo),
            CreatedAt = now.AddHours(-hoursAgo), UpdatedAt = now, ReporterName = "Trực ban mẫu", ReporterPhone = "0900 000 000",
        };
        var cut = Make(1, "VNPT", "CableCut", 2, "Đứt cáp quang tuyến Đông Hà – Cam Lộ", IncidentChannel.Phone, IncidentStatus.Responding, 5);
        cut.AcknowledgedAt = now.AddHours(-4.8); cut.RespondingAt = now.AddHours(-4.5); cut.Services = "FixedInternet,PayTv"; cut.SubscribersAffected = 1200; cut.Revision = 3;
        var congestion = Make(2, "VIETTEL", "NetworkCongestion", 3, "Nghẽn dữ liệu di động tại chợ Tết Đông Hà", IncidentChannel.Api, IncidentStatus.Reported, 1);
        congestion.KeySiteId = site; congestion.Services = "MobileData"; congestion.Latitude = 16.8163; congestion.Longitude = 107.1003;
        var power = Make(3, "MOBIFONE", "PowerLoss", 2, "Mất điện lưới 3 trạm BTS khu vực Lao Bảo", IncidentChannel.Web, IncidentStatus.Restored, 20);
        power.AcknowledgedAt = now.AddHours(-19.9); power.RespondingAt = now.AddHours(-19.5); power.RestoredAt = now.AddHours(-16); power.Services = "Voice,MobileData"; power.Revision = 4;
        var spam = Make(4, "SKHCN", "Spam", 4, "Tin nhắn rác giả danh chúc Tết", IncidentChannel.Web, IncidentStatus.Closed, 48);
        spam.AcknowledgedAt = now.AddHours(-47); spam.RespondingAt = now.AddHours(-46); spam.RestoredAt = now.AddHours(-30); spam.ClosedAt = now.AddHours(-29); spam.Revision = 5;
        cut.Organizations.Add(new IncidentOrganization { IncidentId = cut.Id, OrganizationId = orgs["VNPT"], Role = IncidentInvolvement.Assigned });
        cut.Organizations.Add(new IncidentOrganization { IncidentId = cut.Id, OrganizationId = orgs["VIETTEL"], Role = IncidentInvolvement.AidProvider });
        db.AddRange(cut, congestion, power, spam);
        foreach (var i in new[] { cut, congestion, power, spam })
            db.Add(new IncidentEntry { IncidentId = i.Id, At = i.CreatedAt, Kind = IncidentEntryKind.Reported, Text = $"Tiếp nhận qua kênh {i.Channel.Vietnamese()}.", ByName = "Trực ban mẫu", OrganizationId = i.OrganizationId });
        db.Add(new IncidentEntry { IncidentId = cut.Id, At = now.AddHours(-4.8), Kind = IncidentEntryKind.Status, FromStatus = IncidentStatus.Reported, ToStatus = IncidentStatus.Acknowledged, ByName = "Trực ban mẫu" });
        db.Add(new IncidentEntry { IncidentId = cut.Id, At = now.AddHours(-4.5), Kind = IncidentEntryKind.Status, FromStatus = IncidentStatus.Acknowledged, ToStatus = IncidentStatus.Responding, ByName = "Trực ban mẫu" });
        db.Add(new IncidentEntry { IncidentId = cut.Id, At = now.AddHours(-4), Kind = IncidentEntryKind.AidRequest, Text = "Đề nghị VIETTEL hỗ trợ 1 × Máy phát điện.", ByName = "Trực ban mẫu", OrganizationId = orgs["VNPT"] });
        db.Add(new AidRequest
        {
            IncidentId = cut.Id, OrganizationId = orgs["VIETTEL"], RequestedByOrganizationId = orgs["VNPT"], Kind = AidResourceKind.Generator, Count = 1,
            Note = "Cấp điện cho tủ quang tạm thời trong khi hàn nối.", RequestedBy = "Trực ban mẫu", RequestedAt = now.AddHours(-4),
        });
        await db.SaveChangesAsync(ct);
    }
}
