using ThongSuot.Features.Areas;

namespace ThongSuot.Tests.Areas;

public sealed class AreaKindsTests
{
    [Theory]
    [InlineData("xã", AreaKind.Commune)]
    [InlineData("XA", AreaKind.Commune)]
    [InlineData(" Phường ", AreaKind.Ward)]
    [InlineData("đặc khu", AreaKind.SpecialZone)]
    [InlineData("Dac Khu", AreaKind.SpecialZone)]
    [InlineData("thị xã", AreaKind.Town)]
    [InlineData("thành phố", AreaKind.ProvincialCity)]
    [InlineData("thị trấn", AreaKind.Township)]
    [InlineData("quận", AreaKind.UrbanDistrict)]
    [InlineData("huyện", AreaKind.District)]
    [InlineData("ward", AreaKind.Ward)]
    [InlineData("SpecialZone", AreaKind.SpecialZone)]
    public void VietnameseWordsAndEnumNamesAreAccepted(string text, AreaKind expected) =>
        Assert.Equal(expected, AreaKinds.Parse(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("làng")]
    [InlineData("3")]
    [InlineData("-1")]
    public void OtherWordsAreRefused(string? text) => Assert.Null(AreaKinds.Parse(text));
}
