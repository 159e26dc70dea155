namespace ThongSuot.Calendar;

/// <summary>One month of the Vietnamese lunar calendar: its number, whether it is the leap (nhuận) month, when it starts and its length (29 or 30 days).</summary>
public sealed record LunarMonth(int Year, int Month, bool IsLeapMonth, DateOnly FirstDay, int Length)
{
    public DateOnly LastDay => FirstDay.AddDays(Length - 1);
}
