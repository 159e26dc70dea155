using ThongSuot.Calendar;
using ThongSuot.Documents;
using ThongSuot.Features.Campaigns;
using ThongSuot.Features.Directives;
using ThongSuot.Features.Directives.Templates;

namespace ThongSuot.Tests.Directives;

public sealed class TemplateInstantiationTests
{
    public static TheoryData<string> Keys => new(DirectiveTemplates.All.Select(t => t.Key));

    [Fact]
    public void TheFiveSeedsAreTemplates() =>
        Assert.Equal(["tet-so-2019", "tet-doanh-nghiep", "le-30-4-huyen", "tet-ha-tinh", "dai-hoi-tet"], DirectiveTemplates.All.Select(t => t.Key));

    [Theory]
    [MemberData(nameof(Keys))]
    public void EachTemplateInstantiatesFor2027WithTheNewCanChiAndNoLeftoverToken(string key)
    {
        var template = DirectiveTemplates.Find(key)!;
        var (directive, _) = Build(template, 2027);
        var texts = Texts(directive).ToList();
        Assert.All(texts, t => Assert.Empty(TemplateWording.LeftoverTokens(t)));
        if (Raw(template).Any(t => t.Contains("{can-chi}", StringComparison.Ordinal)))
            Assert.Contains(texts, t => t.Contains("Đinh Mùi", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains(CanChi.Year(2020), StringComparison.Ordinal) || t.Contains("Giáp Thìn", StringComparison.Ordinal));
        Assert.Equal(template.TaskCount, directive.Sections.Sum(s => s.Tasks.Count));
        Assert.Equal($"template:{key}", directive.Origin);
        Assert.Equal(DirectiveStatus.Draft, directive.Status);
        Assert.Null(directive.Number);
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void AfterTheReformNoDistrictOrOldDepartmentIsAddressed(string key)
    {
        var (directive, _) = Build(DirectiveTemplates.Find(key)!, 2027);
        var texts = Texts(directive).ToList();
        Assert.DoesNotContain(texts, t => t.Contains("các huyện", StringComparison.Ordinal) || t.Contains("thị trấn", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("Thông tin và Truyền thông", StringComparison.Ordinal) && !t.Contains("Trung tâm Công nghệ thông tin và Truyền thông", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("Sở TT&TT", StringComparison.Ordinal) || t.Contains("Bộ TT&TT", StringComparison.Ordinal));
    }

    [Fact]
    public void The2027DepartmentLetterUsesTheIssuersRealNameAndTodaysStructure()
    {
        var (directive, issuer) = Build(DirectiveTemplates.Find("tet-so-2019")!, 2027);
        Assert.Equal("UBND tỉnh Quảng Trị", directive.ParentAgency);
        Assert.Equal("Sở Khoa học và Công nghệ", directive.IssuingAgency);
        Assert.Equal("SKHCN-BCVT", directive.Symbol);
        Assert.Equal("Quảng Trị", directive.Place);
        Assert.Equal("đảm bảo an toàn thông tin liên lạc phục vụ trong dịp Tết Dương lịch và Tết Nguyên đán Đinh Mùi năm 2027", directive.Subject);
        Assert.Equal(["UBND các xã, phường, đặc khu", "Các doanh nghiệp Bưu chính, Viễn thông, Truyền hình cáp"], directive.Recipients.Select(r => r.Label));
        Assert.Contains("Sở Khoa học và Công nghệ đề nghị UBND các xã, phường, đặc khu", directive.Introduction, StringComparison.Ordinal);
        // Recipient lines resolve to the directory's organisations by kind; never to the issuer itself.
        var communes = directive.Recipients[0].Organizations.Select(o => o.OrganizationId).ToList();
        Assert.Equal(2, communes.Count);
        Assert.Equal(3, directive.Recipients[1].Organizations.Count);
        Assert.DoesNotContain(issuer.Id, directive.Recipients.SelectMany(r => r.Organizations).Select(o => o.OrganizationId));
        Assert.Equal(directive.Recipients[0].Id, Assert.Single(directive.Sections[0].Recipients).RecipientId);
        // Signer and contact are the issuer's own (invented) people.
        Assert.Equal(("Lê Văn Hòa", "GIÁM ĐỐC"), (directive.SignerName, directive.AuthorityTitle));
        Assert.Contains("0233 3000 111; 0900 000 222 (đồng chí Phạm Thị Thu – Trưởng phòng Bưu chính Viễn thông)", directive.Contacts, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEarlierYearKeepsTheSeedsWording()
    {
        var (directive, _) = Build(DirectiveTemplates.Find("tet-so-2019")!, 2020);
        Assert.Equal("Sở Thông tin và Truyền thông", directive.IssuingAgency);
        Assert.Equal("STTTT-BCVT", directive.Symbol);
        Assert.Equal("UBND các huyện, thị xã, thành phố", directive.Recipients[0].Label);
        Assert.EndsWith("Canh Tý năm 2020", directive.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void DueDatesAreTheCampaignAnchorPlusTheTemplatesOffsetSoTheyMoveWithTheCalendar()
    {
        var template = DirectiveTemplates.Find("tet-doanh-nghiep")!;
        foreach (var year in new[] { 2027, 2028 })
        {
            var campaign = TemplateFixtures.Campaign(CampaignOccasion.LunarNewYear, year);
            var issuer = TemplateFixtures.Department();
            var directive = TemplateInstantiation.Build(template, campaign, issuer, TemplateFixtures.Directory(issuer));
            var task = directive.Sections.SelectMany(s => s.Tasks).Single(t => t.DueDate is not null);
            Assert.Equal(campaign.DuringStart!.Value.AddDays(12), task.DueDate);
            Assert.True(task.ReportRequired);
            Assert.Contains(task.DueDate!.Value.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture), DirectiveLetter.TaskText(task), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TheCommuneCascadeIsAddressedToTheCommunesOwnUnitsAndSignedForTheCommittee()
    {
        var commune = TemplateFixtures.Commune(new() { Name = "Ủy ban nhân dân tỉnh Quảng Trị", ShortName = "UBND", Kind = Features.Organizations.OrganizationKind.ProvincialPeoplesCommittee });
        var directive = TemplateInstantiation.Build(DirectiveTemplates.Find("le-30-4-huyen")!, TemplateFixtures.Campaign(CampaignOccasion.ReunificationDay, 2027), commune, TemplateFixtures.Directory(commune));
        Assert.Equal("UBND tỉnh Quảng Trị", directive.ParentAgency);
        Assert.Equal("Ủy ban nhân dân phường Đồng Hới", directive.IssuingAgency);
        Assert.Equal("Đồng Hới", directive.Place);
        Assert.Equal("UBND phường yêu cầu:", directive.Introduction);
        Assert.Equal("Công an phường Đồng Hới", directive.Recipients[0].Label);
        Assert.Single(directive.Recipients[1].Organizations); // only its own radio station
        Assert.Equal(("ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH", "Đỗ Thị Lan"), (directive.AuthorityTitle, directive.SignerTitle, directive.SignerName));
        Assert.Equal("bảo đảm an toàn thông tin liên lạc thông suốt trong dịp Lễ 30/4 và 01/5/2027", directive.Subject);
    }

    /// <summary>Only the blanks a drafter fills (numbers and dates of the letters cited) and lines no organisation stands for.</summary>
    [Theory]
    [MemberData(nameof(Keys))]
    public void EachTemplateFor2027IsRefusedOnlyForItsBlanksAndUnboundLines(string key)
    {
        var template = DirectiveTemplates.Find(key)!;
        var (directive, issuer) = Build(template, 2027);
        directive.Organization = issuer;
        var campaign = TemplateFixtures.Campaign(template.Occasion, 2027, template.Occasion.NeedsTitle() ? "Đại hội đại biểu Đảng bộ tỉnh" : null);
        var errors = DirectiveChecks.Check(directive, campaign).Errors.ToDictionary()
            .Where(e => !e.Value.All(m => m.Contains("còn chỗ trống", StringComparison.Ordinal) || m.Contains("chưa gắn với tổ chức nào", StringComparison.Ordinal)));
        Assert.True(!errors.Any(), string.Join("\n", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
    }

    [Fact]
    public void TheDemoTemplateCanBeIssuedWithoutEdits()
    {
        var (directive, issuer) = Build(DirectiveTemplates.Find(DirectivesDemo.TemplateKey)!, 2027);
        directive.Organization = issuer;
        var result = DirectiveChecks.Check(directive, TemplateFixtures.Campaign(CampaignOccasion.LunarNewYear, 2027));
        Assert.True(!result.Errors.Any, string.Join("\n", result.Errors.ToDictionary().Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
    }

    [Fact]
    public void TheThirtyAprilTemplateIssuedByTheDepartmentSpeaksAndSignsAsTheDepartment()
    {
        var (directive, issuer) = Build(DirectiveTemplates.Find("le-30-4-huyen")!, 2027);
        directive.Organization = issuer;
        Assert.Equal("Sở yêu cầu:", directive.Introduction);
        Assert.Equal((SigningAuthority.None, "GIÁM ĐỐC", "Lê Văn Hòa"), (directive.SignAuthority, directive.AuthorityTitle, directive.SignerName));
        var errors = DirectiveChecks.Check(directive, TemplateFixtures.Campaign(CampaignOccasion.ReunificationDay, 2027)).Errors.ToDictionary();
        Assert.DoesNotContain("authorityTitle", errors.Keys);
        Assert.DoesNotContain("introduction", errors.Keys);
        Assert.StartsWith("Căn cứ 1: còn chỗ trống «số …/", errors["legalBases[0]"][0]);
    }

    private static (Directive, Features.Organizations.Organization) Build(DirectiveTemplate template, int year)
    {
        var issuer = TemplateFixtures.Department();
        var campaign = TemplateFixtures.Campaign(template.Occasion, year, template.Occasion.NeedsTitle() ? "Đại hội đại biểu Đảng bộ tỉnh" : null);
        return (TemplateInstantiation.Build(template, campaign, issuer, TemplateFixtures.Directory(issuer)), issuer);
    }

    private static IEnumerable<string> Texts(Directive d) =>
        new[] { d.Subject, d.Introduction, d.Closing, d.Contacts, d.IssuingAgency, d.ParentAgency, d.SignerName }
            .Concat(d.LegalBases.Select(b => b.Text)).Concat(d.Recipients.Select(r => r.Label))
            .Concat(d.Sections.Select(s => s.Heading)).Concat(d.Sections.SelectMany(s => s.Tasks).Select(DirectiveLetter.TaskText))
            .Concat(d.Distribution.Select(x => x.Text));

    private static IEnumerable<string> Raw(DirectiveTemplate t) =>
        new[] { t.Subject, t.Introduction, t.Closing }.Concat(t.LegalBases).Concat(t.Sections.SelectMany(s => s.Tasks).Select(x => x.Text));
}
