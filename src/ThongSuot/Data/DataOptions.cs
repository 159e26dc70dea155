namespace ThongSuot.Data;

public sealed class DemoOptions
{
    public bool Seed { get; set; } = true;

    /// <summary>Password for every demo user; when empty a random one is generated and printed once.</summary>
    public string? Password { get; set; }
}
