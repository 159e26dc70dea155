namespace ThongSuot.Documents.Tests;

/// <summary>
/// Seed 000 (Sở TT&TT Quảng Trị, công văn 1062/STTTT-BCVT of 12/12/2019) as data: every paragraph,
/// section and numbered task copied verbatim (NFC; the source's page breaks joined). The signer, the
/// official in Nơi nhận, the contact person and the phone numbers are fictional replacements.
/// </summary>
internal static class Seed000
{
    public static OfficialLetter Letter { get; } = new()
    {
        ParentAgency = "UBND tỉnh Quảng Trị",
        IssuingAgency = "Sở Thông tin và Truyền thông",
        Number = 1062,
        Symbol = "STTTT-BCVT",
        Place = "Quảng Trị",
        Date = new DateOnly(2019, 12, 12),
        Subject = "đảm bảo an toàn thông tin liên lạc phục vụ trong dịp Tết Dương lịch và Tết Nguyên đán Canh Tý năm 2020",
        Recipients =
        [
            "UBND các huyện, thị xã, thành phố",
            "Các doanh nghiệp Bưu chính, Viễn thông, Truyền hình cáp",
        ],
        Body =
        [
            new LetterParagraph(
                "Thực hiện Quyết định số 07/2012/QĐ-UBND ngày 17/5/2012 của UBND tỉnh về Quy chế phối hợp đảm bảo an toàn cơ sở hạ tầng, an ninh thông tin và phòng chống tội phạm trong lĩnh vực thông tin và truyền thông trên địa bàn tỉnh Quảng Trị; để bảo đảm an toàn mạng lưới Bưu chính, Viễn thông, an toàn thông tin và thông tin thông suốt phục vụ công tác lãnh đạo, chỉ đạo của cấp uỷ, chính quyền các cấp, đáp ứng nhu cầu sử dụng dịch vụ Bưu chính, Viễn thông của Nhân dân, đặc biệt trong dịp Tết Dương lịch và Tết Nguyên đán Canh Tý năm 2020, Sở Thông tin và Truyền thông đề nghị UBND các huyện, thị xã, thành phố và các doanh nghiệp Bưu chính, Viễn thông và Truyền hình cáp thực hiện tốt một số nội dung sau:"),
            new LetterSectionHeading(
                "UBND các huyện, thị xã, thành phố"),
            new LetterNumberedItem(
                "Chỉ đạo phòng Văn hóa và Thông tin, Trung tâm Văn hóa - Thông tin và thể thao, các cơ quan, đơn vị liên quan tăng cường công tác tuyên truyền để Nhân dân hiểu rõ trách nhiệm của mình và phát động rộng rãi phong trào toàn dân tham gia bảo vệ an toàn, an ninh mạng lưới Bưu chính, Viễn thông, Internet, truyền dẫn phát sóng, đảm bảo cho công tác thông tin tuyên truyền trong dịp Tết Dương lịch và Tết Nguyên đán Canh Tý năm 2020."),
            new LetterNumberedItem(
                "Hướng dẫn và tạo điều kiện cho các doanh nghiệp Bưu chính, Viễn thông và Truyền hình cáp trên địa bàn đảm bảo tốt thông tin liên lạc trong dịp Tết Dương lịch và Tết Nguyên đán. Chỉ đạo các cơ quan, ban, ngành chức năng trực thuộc, Phòng Văn hóa và Thông tin, UBND các xã, phường, thị trấn, các doanh nghiệp Bưu chính, Viễn thông tăng cường kiểm tra nhằm kịp thời phát hiện, ngăn chặn khi có dấu hiệu vi phạm, xử lý nghiêm những hành vi, vi phạm xảy ra tại địa phương. Kịp thời báo cáo về Sở Thông tin và Truyền thông khi có sự cố xảy ra."),
            new LetterNumberedItem(
                "Chỉ đạo lực lượng Công an địa phương khảo sát, đánh giá, xác định những mục tiêu, địa bàn trọng điểm, phối hợp với các doanh nghiệp Bưu chính, Viễn thông xây dựng kế hoạch tăng cường công tác bảo vệ an toàn mạng lưới và an ninh thông tin đặc biệt là các vụ trộm cắp cáp viễn thông, trộm cắp cước viễn thông quốc tế, vận chuyển hàng lậu, hàng cấm qua đường bưu chính."),
            new LetterNumberedItem(
                "Chỉ đạo UBND các xã, phường, thị trấn kiểm tra, rà soát hệ thống truyền thanh cơ sở, bố trí cán bộ trực đảm bảo an toàn các cụm loa, hệ thống thiết bị và triển khai tiếp phát đầy đủ các chương trình trong dịp Tết Dương lịch và Tết Nguyên đán phục vụ nhu cầu nghe, nhìn của người dân;"),
            new LetterNumberedItem(
                "Chỉ đạo Phòng Văn hóa và Thông tin tăng cường công tác thanh tra, kiểm tra hoạt động của các đại lý Internet, điểm cung cấp trò chơi điện tử công cộng, thực hiện tốt các quy định về hoạt động quản lý, cung cấp và sử dụng dịch vụ trò chơi điện tử trên mạng."),
            new LetterSectionHeading(
                "Các doanh nghiệp Bưu chính, Viễn thông, Truyền hình cáp"),
            new LetterNumberedItem(
                "Tổ chức tuyên truyền phổ biến về an toàn mạng Bưu chính, Viễn thông; an ninh thông tin và an toàn lao động, các biện pháp bảo đảm an toàn nơi làm việc cho cán bộ công nhân viên. Nâng cao tinh thần cảnh giác ý thức bảo vệ để phòng ngừa, ngăn chặn kịp thời những phần tử tiêu cực phá hoại các mục tiêu, hạ tầng hệ thống Bưu chính, Viễn thông."),
            new LetterNumberedItem(
                "Các doanh nghiệp bưu chính, viễn thông chủ động xây dựng phương án phối hợp ứng cứu, hỗ trợ lẫn nhau và phối hợp với các lực lượng liên quan xử lý các hành vi vi phạm. Rà soát, duy tu, bảo dưỡng, nâng cao chất lượng dịch vụ, đảm bảo an toàn mạng lưới, an ninh thông tin; tổ chức các phương án dự phòng, phương án phân tải không để xảy ra hiện tượng nghẽn mạng, đứt mạng thông tin di động nhất là các giờ, ngày cao điểm, các khu vực tăng cao nhu cầu thông tin liên lạc, nhu cầu giải trí trong dịp Tết. Tổ chức xe phát sóng lưu động sẵn sàng để ứng cứu kịp thời khi có sự cố xảy ra. Bảo đảm thông tin liên lạc thông suốt trên các mạng điện thoại cố định, điện thoại di động và Internet; bảo đảm đường truyền truyền hình trực tiếp khi có yêu cầu."),
            new LetterNumberedItem(
                "Tổ chức và thực hiện nghiêm chỉnh chế độ trực ca, trực điều hành, ứng cứu thông tin trước, trong và sau dịp Tết; thực hiện công tác đo thử, kiểm tra hệ thống thiết bị, đường truyền; kiểm tra, kiểm soát, điều chỉnh hợp lý thiết bị, mạng lưới để nâng cao chất lượng dịch vụ viễn thông, Internet và truyền hình cáp; chuẩn bị đầy đủ linh kiện, vật tư, nguồn điện, thiết bị dự phòng, sẵn sàng xử lý kịp thời khi có sự cố nghẽn, mất liên lạc, mất tín hiệu; lưu ý bảo đảm chất lượng các dịch vụ thoại, Internet, 3G, 4G, IPTV, ...."),
            new LetterNumberedItem(
                "Đảm bảo công tác khuyến mại đúng quy định của pháp luật, không thực hiện việc khuyến mại nếu không có biện pháp chắc chắn đảm bảo chất lượng dịch vụ trong thời gian trước, trong và sau Tết; Tổ chức kiểm soát nội dung các chương trình, phim ảnh từ các kênh bản quyền của nước ngoài, bảo đảm nội dung phù hợp với văn hóa, thuần phong, mỹ tục của dân tộc."),
            new LetterNumberedItem(
                "Tổ chức đủ nhân lực, thiết bị, phương tiện thực hiện khai thác chuyển phát bưu phẩm, bưu kiện, điện hoa phục vụ Tết, đặc biệt lưu ý bảo đảm việc khai thác, chuyển phát báo Tết; đảm bảo an toàn, an ninh trong chuyển phát, phát hiện, xử lý kịp thời các hành vi lợi dụng hệ thống bưu chính để chuyển hàng lậu, hàng cấm, hàng vi phạm pháp luật. Chấp hành đúng thời gian mở, đóng cửa giao dịch và việc niêm yết thông báo về dịch vụ và cước."),
            new LetterNumberedItem(
                "Nâng cao tinh thần cảnh giác nhằm phát hiện, ngăn chặn kịp thời các hành vi lợi dụng mạng lưới bưu chính để gửi và phát tán ấn phẩm có nội dung trái pháp luật có nội dung kích động, chống đối chính quyền hoặc vận chuyển hàng lậu, hàng trốn thuế, hàng quốc cấm; lợi dụng mạng lưới viễn thông và Internet để gửi, phát tán thư điện tử, điện thoại, tin nhắn, các trang mạng xã hội có nội dung phản động và phát tán vi rút phá hoại các trang thông tin điện tử."),
            new LetterNumberedItem(
                "Tổ chức tự kiểm tra về an toàn, phòng chống cháy nổ thiết bị, nhà trạm; chấp hành các quy định, chế độ an toàn lao động; quy định về phòng cháy, chữa cháy. Tổ chức thành lập (hoặc kiện toàn) Đội phòng cháy chữa cháy cơ sở của đơn vị mình; chủ động chuẩn bị lực lượng, phương tiện, xây dựng kế hoạch ứng cứu khi có sự cố xảy ra."),
        ],
        Contacts =
        [
            "Thông tin liên hệ: Phòng Bưu chính Viễn thông, điện thoại: 0233.300.0000; 0900.000.001 (đồng chí Trần Thị Bình – Trưởng phòng Bưu chính Viễn thông)",
        ],
        Signature = new LetterSignature(SigningAuthority.None, "Giám đốc", null, "Nguyễn Văn An"),
        Distribution = new LetterDistribution(
            [
                new DistributionEntry("Đ/c Lê Văn Minh – PCT UBND tỉnh", "báo cáo"),
                new DistributionEntry("Công An tỉnh", "phối hợp"),
                new DistributionEntry("BCH Quân sự tỉnh", "phối hợp"),
                new DistributionEntry("Phòng VH&TT các huyện, thị, thành phố"),
            ],
            "BCVT"),
    };
}
