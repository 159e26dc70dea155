namespace ThongSuot.Calendar;

/// <summary>The traditional lunar days that directives for communications assurance refer to.</summary>
public enum LunarHolidayKind
{
    /// <summary>Ông Công ông Táo, 23 tháng Chạp: the kitchen gods leave; the Tết period starts.</summary>
    OngCongOngTao,

    /// <summary>Giao thừa: the evening of the last day of the year, the night before Tết.</summary>
    GiaoThua,

    /// <summary>Tết Nguyên đán, 1 tháng Giêng.</summary>
    TetNguyenDan,

    /// <summary>Rằm tháng Giêng (Tết Nguyên tiêu), 15 tháng Giêng.</summary>
    RamThangGieng,

    /// <summary>Giỗ Tổ Hùng Vương, 10 tháng 3.</summary>
    GioToHungVuong,

    /// <summary>Tết Đoan Ngọ, 5 tháng 5.</summary>
    TetDoanNgo,

    /// <summary>Rằm tháng Bảy (Vu Lan), 15 tháng 7.</summary>
    RamThangBay,

    /// <summary>Tết Trung thu, 15 tháng 8.</summary>
    TetTrungThu,
}

/// <summary>One lunar holiday in a given year, with its Vietnamese name and both dates.</summary>
public sealed record LunarHoliday(LunarHolidayKind Kind, string Name, LunarDate LunarDate, DateOnly Date);
