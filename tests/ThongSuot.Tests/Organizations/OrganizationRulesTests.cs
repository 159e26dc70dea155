using ThongSuot.Features.Organizations;
using ThongSuot.Shared;

namespace ThongSuot.Tests.Organizations;

public sealed class OrganizationRulesTests
{
    [Theory]
    [InlineData("sttt", "STTT", true)]
    [InlineData("BCVT&CNTT", "BCVT&CNTT", true)]
    [InlineData("UBND-DONGHOI", "UBND-DONGHOI", true)]
    [InlineData("Sở TT", "SỞ TT", false)]
    [InlineData("<b>", "<B>", false)]
    [InlineData("", null, false)]
    public void ShortNamesAreUpperCasedAndLimitedToLetterSymbolCharacters(string input, string? expected, bool valid)
    {
        var errors = new FieldErrors();
        Assert.Equal(expected, OrganizationRules.ShortName(errors, "shortName", input));
        Assert.Equal(valid, !errors.Any);
    }

    [Theory]
    [InlineData("0233 3852 123", true)]
    [InlineData("+84 (233) 385.2123", true)]
    [InlineData("1800-8098", true)]
    [InlineData("gọi 113", false)]
    [InlineData("--", false)]
    public void PhonesAreDigitsSpacesAndPunctuation(string phone, bool valid)
    {
        var errors = new FieldErrors();
        OrganizationRules.Phone(errors, "phone", phone);
        Assert.Equal(valid, !errors.Any);
    }

    [Theory]
    [InlineData("Other", true)]
    [InlineData("telecomoperator", true)]
    [InlineData("5", false)]
    [InlineData("Police,Other", false)]
    [InlineData("Bakery", false)]
    public void KindMustBeAKnownName(string kind, bool valid)
    {
        var errors = new FieldErrors();
        OrganizationRules.Kind(errors, "kind", kind);
        Assert.Equal(valid, !errors.Any);
    }

    [Fact]
    public void ParentChainsThatReturnToTheOrganisationAreCycles()
    {
        Guid a = Guid.NewGuid(), b = Guid.NewGuid(), c = Guid.NewGuid();
        var parents = new Dictionary<Guid, Guid?> { [a] = null, [b] = a, [c] = b };
        Assert.True(OrganizationRules.CreatesCycle(a, c, parents));
        Assert.True(OrganizationRules.CreatesCycle(a, a, parents));
        Assert.False(OrganizationRules.CreatesCycle(c, a, parents));
    }
}
