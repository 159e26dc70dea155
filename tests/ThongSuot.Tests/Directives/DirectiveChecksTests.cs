using ThongSuot.Documents;
using ThongSuot.Features.Campaigns;
using ThongSuot.Features.Directives;
using ThongSuot.Features.Organizations;

namespace ThongSuot.Tests.Directives;

public sealed class DirectiveChecksTests
{
    [Theory]
    [InlineData("Công văn số …/UBND-VX ngày … của UBND tỉnh", "số …/UBND-VX ngày …")]
    [InlineData("Công văn số .../UBND-VX ngày 15/01/2027", "số .../UBND-VX")]
    [InlineData("Hà Nội, ngày … tháng … năm …", "ngày … tháng … năm …")]
    [InlineData("Chỉ thị số 05/CT-… của tỉnh", "số 05/CT-…")]
    [InlineData("Thực hiện Kế hoạch {năm} của tỉnh", "hoạch {năm}")]
    [InlineData("Gửi {{tên đơn vị}} trước ngày 10", "Gửi {{tên đơn vị}}")]
    [InlineData("Công văn số [...] của UBND", "số [...]")]
    public void BlanksAreFoundWithTheWordBefore(string text, string blank) =>
        Assert.Equal([blank], LetterPlaceholders.Find(text));

    [Theory]
    [InlineData("Phương án dự phòng mất điện, đổ cột, đứt cáp…")]
    [InlineData("Công văn số 56/UBND-VX ngày 15/01/2027./.")]
    [InlineData("lưu ý bảo đảm chất lượng các dịch vụ thoại, Internet, 3G, 4G, IPTV, ....")]
    public void ProseIsNotABlank(string text) => Assert.Empty(LetterPlaceholders.Find(text));

    [Fact]
    public void AGoodLetterPasses()
    {
        var result = DirectiveChecks.Check(Letter(), Campaign());
        Assert.False(result.Errors.Any, string.Join("\n", result.Errors.ToDictionary().SelectMany(e => e.Value)));
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void EachBlankIsNamedByItsPlace()
    {
        var d = Letter();
        d.LegalBases.Add(new DirectiveLegalBasis { Order = 1, Text = "Công văn số …/…" });
        d.Sections[0].Tasks.Add(new DirectiveTask { Order = 1, Text = "Báo cáo trước ngày {hạn}." });
        d.SignerName = "…";
        var errors = DirectiveChecks.Check(d, Campaign()).Errors.ToDictionary();
        Assert.Equal(["Căn cứ 2: còn chỗ trống «số …/…»."], errors["legalBases[1]"]);
        Assert.Equal(["Mục I, nhiệm vụ 2: còn chỗ trống «ngày …»."], errors["sections[0].tasks[1].text"]);
        Assert.Equal(["Người ký: còn chỗ trống «…»."], errors["signerName"]);
    }

    [Fact]
    public void AnUnboundKinhGuiLineIsNamed()
    {
        var d = Letter();
        d.Recipients.Add(new DirectiveRecipient { Order = 1, Label = "Các doanh nghiệp viễn thông" });
        d.Recipients.Add(new DirectiveRecipient { Order = 2, Label = "Công an tỉnh" });
        var errors = DirectiveChecks.Check(d, Campaign()).Errors.ToDictionary();
        Assert.Equal(["Kính gửi dòng 2 («Các doanh nghiệp viễn thông») chưa gắn với tổ chức nào."], errors["recipients[1].organizationIds"]);
        Assert.Equal(["Kính gửi dòng 3 («Công an tỉnh») chưa gắn với tổ chức nào."], errors["recipients[2].organizationIds"]);
    }

    [Theory]
    [InlineData(OrganizationKind.ProvincialDepartment, SigningAuthority.TM, "ỦY BAN NHÂN DÂN", "authorityTitle")]
    [InlineData(OrganizationKind.ProvincialDepartment, SigningAuthority.KT, "CHỦ TỊCH", "authorityTitle")]
    [InlineData(OrganizationKind.ProvincialDepartment, SigningAuthority.TM, "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "signAuthority")]
    [InlineData(OrganizationKind.CommunePeoplesCommittee, SigningAuthority.TM, "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "authorityTitle")]
    [InlineData(OrganizationKind.ProvincialPeoplesCommittee, SigningAuthority.KT, "GIÁM ĐỐC", "authorityTitle")]
    [InlineData(OrganizationKind.ProvincialPeoplesCommittee, SigningAuthority.TM, "BAN CHỈ ĐẠO", "authorityTitle")]
    public void TheSignatureMustBeTheIssuers(OrganizationKind kind, SigningAuthority authority, string title, string field)
    {
        var d = Letter(kind);
        (d.SignAuthority, d.AuthorityTitle) = (authority, title);
        var errors = DirectiveChecks.Check(d, Campaign()).Errors.ToDictionary();
        Assert.StartsWith("Khối chữ ký: ", Assert.Single(errors[field]));
    }

    [Theory]
    [InlineData(OrganizationKind.ProvincialPeoplesCommittee, SigningAuthority.TM, "ỦY BAN NHÂN DÂN")]
    [InlineData(OrganizationKind.CommunePeoplesCommittee, SigningAuthority.KT, "CHỦ TỊCH")]
    [InlineData(OrganizationKind.ProvincialDepartment, SigningAuthority.None, "GIÁM ĐỐC")]
    [InlineData(OrganizationKind.ProvincialDepartment, SigningAuthority.TL, "GIÁM ĐỐC")]
    [InlineData(OrganizationKind.TelecomOperator, SigningAuthority.KT, "GIÁM ĐỐC")]
    public void TheIssuersOwnSignaturePasses(OrganizationKind kind, SigningAuthority authority, string title)
    {
        var d = Letter(kind);
        (d.SignAuthority, d.AuthorityTitle) = (authority, title);
        Assert.False(DirectiveChecks.Check(d, Campaign()).Errors.Any);
    }

    [Fact]
    public void TheDepartmentDoesNotSpeakAsTheCommitteeNorTheCommitteeAsTheDepartment()
    {
        var d = Letter();
        (d.Introduction, d.Closing) = ("UBND tỉnh yêu cầu:", "Đề nghị các đơn vị thực hiện.\nỦy ban nhân dân tỉnh đề nghị các đơn vị nghiêm túc thực hiện.");
        var errors = DirectiveChecks.Check(d, Campaign()).Errors.ToDictionary();
        Assert.Equal(["Đoạn mở đầu: công văn của Sở Khoa học và Công nghệ tỉnh Quảng Trị nhưng viết «UBND tỉnh yêu cầu»; hãy viết theo lời của cơ quan ban hành."], errors["introduction"]);
        Assert.Single(errors["closing"]);

        var commune = Letter(OrganizationKind.CommunePeoplesCommittee);
        (commune.SignAuthority, commune.AuthorityTitle, commune.Introduction) = (SigningAuthority.TM, "ỦY BAN NHÂN DÂN", "Sở Khoa học và Công nghệ đề nghị:");
        Assert.Single(DirectiveChecks.Check(commune, Campaign()).Errors.ToDictionary()["introduction"]);
        commune.Introduction = "UBND phường yêu cầu:";
        Assert.False(DirectiveChecks.Check(commune, Campaign()).Errors.Any);
    }

    [Fact]
    public void DueDatesOutsideTheCampaignAndReportsWithoutADueDateWarn()
    {
        var d = Letter();
        d.Sections[0].Tasks[0].DueDate = new DateOnly(2027, 3, 1);
        d.Sections[0].Tasks.Add(new DirectiveTask { Order = 1, Text = "Báo cáo kết quả.", ReportRequired = true });
        var result = DirectiveChecks.Check(d, Campaign());
        Assert.False(result.Errors.Any);
        Assert.Equal([
            new DirectiveWarning("sections[0].tasks[0].dueDate", "Mục I, nhiệm vụ 1: hạn 01/03/2027 nằm ngoài thời gian của chiến dịch (01/02/2027 – 15/02/2027)."),
            new DirectiveWarning("sections[0].tasks[1].dueDate", "Mục I, nhiệm vụ 2: nhiệm vụ yêu cầu báo cáo nhưng chưa có hạn."),
        ], result.Warnings);
    }

    private static Campaign Campaign() => new()
    {
        Name = "Tết", Year = 2027, BeforeStart = new DateOnly(2027, 2, 1), BeforeEnd = new DateOnly(2027, 2, 5),
        DuringStart = new DateOnly(2027, 2, 6), DuringEnd = new DateOnly(2027, 2, 10), AfterStart = new DateOnly(2027, 2, 11), AfterEnd = new DateOnly(2027, 2, 15),
    };

    private static Directive Letter(OrganizationKind kind = OrganizationKind.ProvincialDepartment)
    {
        var committee = kind is OrganizationKind.ProvincialPeoplesCommittee or OrganizationKind.CommunePeoplesCommittee;
        var d = new Directive
        {
            Organization = new Organization { Name = committee ? "Ủy ban nhân dân phường Đồng Hới" : "Sở Khoa học và Công nghệ tỉnh Quảng Trị", ShortName = "X", Kind = kind },
            ParentAgency = "UBND TỈNH QUẢNG TRỊ", IssuingAgency = "SỞ KHOA HỌC VÀ CÔNG NGHỆ", Symbol = "SKHCN-BCVT", Place = "Quảng Trị",
            Subject = "Bảo đảm thông tin liên lạc dịp Tết", Introduction = "để bảo đảm thông tin liên lạc, Sở đề nghị:",
            SignAuthority = committee ? SigningAuthority.TM : SigningAuthority.KT, AuthorityTitle = committee ? "ỦY BAN NHÂN DÂN" : "GIÁM ĐỐC",
            SignerTitle = committee ? "CHỦ TỊCH" : "PHÓ GIÁM ĐỐC", SignerName = "Nguyễn Văn An", DraftingUnit = "BCVT",
        };
        d.LegalBases.Add(new DirectiveLegalBasis { Text = "Công văn số 56/UBND-VX ngày 15/01/2027 của UBND tỉnh" });
        var line = new DirectiveRecipient { Label = "Viettel Quảng Trị" };
        line.Organizations.Add(new DirectiveRecipientOrganization { RecipientId = line.Id, OrganizationId = Guid.NewGuid() });
        d.Recipients.Add(line);
        var section = new DirectiveSection { Heading = "Các doanh nghiệp" };
        section.Tasks.Add(new DirectiveTask { Text = "Trực 24/7 trong các ngày Tết.", DueDate = new DateOnly(2027, 2, 5) });
        d.Sections.Add(section);
        return d;
    }
}
