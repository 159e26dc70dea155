using System.Text.Json;
using ThongSuot.Features.Compliance;
using ThongSuot.Shared;

namespace ThongSuot.Tests.Compliance;

/// <summary>A readiness form's phone field takes what a phone field of the directory takes, and stores its national form.</summary>
public sealed class ReadinessPhoneTests
{
    private static readonly ReadinessField[] Fields = [new("dutyPhone", "Điện thoại trực", ReadinessFieldType.Phone)];

    [Theory]
    [InlineData("+84 233 3000 101", "0233 3000 101")]
    [InlineData("0912.345.678", "0912 345 678")]
    [InlineData("1800 0000", "1800 0000")]
    [InlineData("113", "113")]
    public void AGoodNumberIsStoredInItsNationalForm(string typed, string stored)
    {
        var errors = new FieldErrors();
        var json = ReadinessValues.Validate(Fields, new Dictionary<string, string?> { ["dutyPhone"] = typed }, ReadinessTargets.None, errors);
        Assert.False(errors.Any);
        using var doc = JsonDocument.Parse(json!);
        Assert.Equal(stored, doc.RootElement.GetProperty("dutyPhone").GetString());
    }

    [Theory]
    [InlineData("gọi tôi")]
    [InlineData("0233 3000")]
    [InlineData("0044 20 7946 0958")]
    public void ABadNumberIsAnErrorUnderTheFieldKeyNamingTheLabel(string typed)
    {
        var errors = new FieldErrors();
        Assert.Null(ReadinessValues.Validate(Fields, new Dictionary<string, string?> { ["dutyPhone"] = typed }, ReadinessTargets.None, errors));
        Assert.StartsWith("Điện thoại trực — Số điện thoại không hợp lệ: ", Assert.Single(errors.ToDictionary()["dutyPhone"]));
    }
}
