namespace ThongSuot.Features.Compliance;

/// <summary>Vietnamese names of field types and repeats, as the form editor lists them.</summary>
public static class ReadinessFieldNames
{
    public static string Type(ReadinessFieldType type) => type switch
    {
        ReadinessFieldType.WholeNumber => "Số nguyên",
        ReadinessFieldType.Number => "Số thập phân",
        ReadinessFieldType.Text => "Văn bản ngắn",
        ReadinessFieldType.LongText => "Văn bản dài",
        ReadinessFieldType.YesNo => "Có/Không",
        ReadinessFieldType.Phone => "Số điện thoại",
        _ => "Lựa chọn",
    };

    public static string Repeat(ReadinessFieldRepeat repeat) => repeat switch
    {
        ReadinessFieldRepeat.KeySite => "Theo từng điểm trọng yếu",
        ReadinessFieldRepeat.Area => "Theo từng xã, phường",
        _ => "Không lặp",
    };
}
