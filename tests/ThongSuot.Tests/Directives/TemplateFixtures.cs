using ThongSuot.Features.Campaigns;
using ThongSuot.Features.Organizations;

namespace ThongSuot.Tests.Directives;

/// <summary>In-memory issuers and campaigns for template tests. Every person and phone number is invented.</summary>
internal static class TemplateFixtures
{
    public static Organization Department(string name = "Sở Khoa học và Công nghệ tỉnh Quảng Trị", string shortName = "SKHCN")
    {
        var org = new Organization
        {
            Name = name, ShortName = shortName, Kind = OrganizationKind.ProvincialDepartment,
            Phone = "0233 3000 111", Hotline = "0233 3000 999", Email = "vanthu@quangtri.example", Address = "Đồng Hới, Quảng Trị",
        };
        org.People.Add(new Person { OrganizationId = org.Id, FullName = "Lê Văn Hòa", Title = "Giám đốc", Phone = "0900 000 111", CreatedAt = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc) });
        org.People.Add(new Person { OrganizationId = org.Id, FullName = "Phạm Thị Thu", Title = "Trưởng phòng Bưu chính Viễn thông", Phone = "0900 000 222", CreatedAt = new DateTime(2020, 1, 2, 0, 0, 0, DateTimeKind.Utc) });
        return org;
    }

    public static Organization Commune(Organization province)
    {
        var org = new Organization
        {
            Name = "Ủy ban nhân dân phường Đồng Hới", ShortName = "UBND-DONGHOI", Kind = OrganizationKind.CommunePeoplesCommittee,
            Parent = province, ParentId = province.Id, Phone = "0233 3000 301", Hotline = "0233 3000 309",
        };
        org.People.Add(new Person { OrganizationId = org.Id, FullName = "Đỗ Thị Lan", Title = "Phó Chủ tịch", Phone = "0900 000 333" });
        return org;
    }

    public static List<Organization> Directory(Organization issuer)
    {
        var committee = new Organization { Name = "Ủy ban nhân dân tỉnh Quảng Trị", ShortName = "UBND", Kind = OrganizationKind.ProvincialPeoplesCommittee };
        Organization[] others =
        [
            committee,
            new() { Name = "Ủy ban nhân dân xã Lao Bảo", ShortName = "UBND-LAOBAO", Kind = OrganizationKind.CommunePeoplesCommittee, ParentId = committee.Id },
            new() { Name = "Ủy ban nhân dân đặc khu Cồn Cỏ", ShortName = "UBND-CONCO", Kind = OrganizationKind.CommunePeoplesCommittee, ParentId = committee.Id },
            new() { Name = "Viettel Quảng Trị", ShortName = "VIETTEL", Kind = OrganizationKind.TelecomOperator },
            new() { Name = "FPT Telecom Quảng Trị", ShortName = "FPT", Kind = OrganizationKind.InternetProvider },
            new() { Name = "Bưu điện tỉnh Quảng Trị", ShortName = "BDT", Kind = OrganizationKind.PostalOperator },
            new() { Name = "Công an tỉnh Quảng Trị", ShortName = "CAT", Kind = OrganizationKind.Police },
            new() { Name = "Trung tâm Công nghệ thông tin và Truyền thông tỉnh Quảng Trị", ShortName = "TTCNTT", Kind = OrganizationKind.ItCommunicationsCentre },
            new() { Name = "Đài truyền thanh cơ sở phường Đồng Hới", ShortName = "DTT-DONGHOI", Kind = OrganizationKind.GrassrootsRadio, ParentId = issuer.Id },
        ];
        return [issuer, .. others];
    }

    /// <summary>A campaign with the suggested phases (a Party congress takes Tết's, as the congress template does).</summary>
    public static Campaign Campaign(CampaignOccasion occasion, int year, string? title = null)
    {
        var plan = CampaignSuggestions.For(occasion.NeedsTitle() ? CampaignOccasion.LunarNewYear : occasion, year);
        return new Campaign
        {
            Occasion = occasion, Year = year, Title = title,
            Name = CampaignSuggestions.Name(occasion, year, title),
            BeforeStart = plan.Before?.Start, BeforeEnd = plan.Before?.End,
            DuringStart = plan.During?.Start, DuringEnd = plan.During?.End,
            AfterStart = plan.After?.Start, AfterEnd = plan.After?.End,
        };
    }
}
