using PdfSharp.Pdf.IO;
using ThongSuot.Documents;
using ThongSuot.Documents.Pdf;

namespace ThongSuot.Bench;

/// <summary>A Decree 30 letter grown task by task until its PDF is exactly five pages. Invented names and numbers.</summary>
internal static class FivePageLetter
{
    private const string Task =
        "Tổ chức và thực hiện nghiêm chỉnh chế độ trực ca, trực điều hành, ứng cứu thông tin trước, trong và sau dịp Tết; " +
        "thực hiện công tác đo thử, kiểm tra hệ thống thiết bị, đường truyền; chuẩn bị đầy đủ linh kiện, vật tư, nguồn điện, " +
        "thiết bị dự phòng, sẵn sàng xử lý kịp thời khi có sự cố nghẽn, mất liên lạc, mất tín hiệu.";

    public static OfficialLetter Build(int pages = 5)
    {
        for (var tasks = 4; tasks < 200; tasks++)
        {
            var letter = Letter(tasks);
            if (PageCount(letter) == pages) return letter;
        }
        throw new InvalidOperationException($"No letter of exactly {pages} pages.");
    }

    public static int PageCount(OfficialLetter letter)
    {
        using var stream = new MemoryStream();
        PdfLetterWriter.Write(letter, stream);
        stream.Position = 0;
        using var pdf = PdfReader.Open(stream, PdfDocumentOpenMode.Import);
        return pdf.PageCount;
    }

    private static OfficialLetter Letter(int tasks)
    {
        var body = new List<LetterBlock> { new LetterParagraph("Để bảo đảm thông tin liên lạc thông suốt trong dịp Tết Nguyên đán Đinh Mùi năm 2027, Sở Khoa học và Công nghệ đề nghị các đơn vị thực hiện tốt một số nội dung sau:") };
        for (var i = 0; i < tasks; i++)
        {
            if (i % 6 == 0) body.Add(new LetterSectionHeading($"Nhóm nhiệm vụ số {i / 6 + 1}"));
            body.Add(new LetterNumberedItem(Task));
        }
        return new OfficialLetter
        {
            ParentAgency = "UBND tỉnh Quảng Trị",
            IssuingAgency = "Sở Khoa học và Công nghệ",
            Number = 1062,
            Symbol = "SKHCN-BCVT",
            Place = "Quảng Trị",
            Date = new DateOnly(2026, 11, 20),
            Subject = "đảm bảo an toàn thông tin liên lạc phục vụ trong dịp Tết Dương lịch và Tết Nguyên đán Đinh Mùi năm 2027",
            Recipients = ["UBND các xã, phường, đặc khu", "Các doanh nghiệp Bưu chính, Viễn thông, Truyền hình cáp"],
            Body = body,
            Contacts = ["Thông tin liên hệ: Phòng Bưu chính, Viễn thông, điện thoại: 0233 3000 111"],
            Signature = new LetterSignature(SigningAuthority.KT, "Giám đốc", "Phó Giám đốc", "Nguyễn Văn An"),
            Distribution = new LetterDistribution([new DistributionEntry("UBND tỉnh", "b/c"), new DistributionEntry("Công an tỉnh", "phối hợp")], "BCVT"),
        };
    }
}
