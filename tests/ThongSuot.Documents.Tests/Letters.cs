namespace ThongSuot.Documents.Tests;

/// <summary>Small letters (fictional people and numbers) for the cases seed 000 does not cover.</summary>
internal static class Letters
{
    public static OfficialLetter Short(
        LetterUrgency urgency = LetterUrgency.None, SigningAuthority authority = SigningAuthority.None) => new()
    {
        ParentAgency = "UBND TỈNH QUẢNG TRỊ",
        IssuingAgency = "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
        Number = 5,
        Symbol = "SKHCN-BCVT",
        Place = "Quảng Trị",
        Date = new DateOnly(2021, 2, 3),
        Subject = "bảo đảm thông tin liên lạc dịp Tết Nguyên đán Tân Sửu 2021",
        Urgency = urgency,
        Recipients = ["Viễn thông Quảng Trị"],
        Body =
        [
            new LetterParagraph("Sở Khoa học và Công nghệ đề nghị đơn vị bố trí trực 24/24 trong dịp Tết."),
            new LetterNumberedItem("Báo cáo tình hình trước ngày 20/02/2021."),
        ],
        Signature = authority == SigningAuthority.None
            ? new LetterSignature(authority, "Giám đốc", null, "Phạm Thị Hoa")
            : new LetterSignature(authority, "Giám đốc", "Phó Giám đốc", "Phạm Thị Hoa"),
        Distribution = new LetterDistribution([new DistributionEntry("UBND tỉnh", "b/c")], "BCVT"),
        DrafterCode = "PL.(10)",
    };
}
