using System.Security.Claims;
using ThongSuot.Features.Accounts;
using ThongSuot.Features.Incidents;

namespace ThongSuot.Tests.Incidents;

/// <summary>Which hub group a connection joins, from its sign-in alone (no database involved).</summary>
public sealed class BoardHubGroupsTests
{
    private static readonly Guid Org = Guid.Parse("0193a000-0000-7000-8000-000000000001");

    [Theory]
    [InlineData(Roles.Admin)]
    [InlineData(Roles.Coordinator)]
    [InlineData(Roles.Leader)]
    [InlineData(Roles.Viewer)]
    public void ProvinceWideRolesListenToTheWholeProvince(string role) =>
        Assert.Equal("province", IncidentsHubGroups.ForUser(User(role, Org)));

    [Fact]
    public void AMemberListensOnlyToItsOrganisation() =>
        Assert.Equal($"org:{Org}", IncidentsHubGroups.ForUser(User(Roles.Member, Org)));

    [Fact]
    public void AMemberWithoutOrganisationOrAnAnonymousCallerListensToNothing()
    {
        Assert.Null(IncidentsHubGroups.ForUser(User(Roles.Member, Guid.Empty)));
        Assert.Null(IncidentsHubGroups.ForUser(new ClaimsPrincipal(new ClaimsIdentity())));
        Assert.Null(IncidentsHubGroups.ForUser(null));
    }

    private static ClaimsPrincipal User(string role, Guid org) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, "u"), new Claim(ClaimTypes.Role, role), new Claim(AppClaims.OrganizationId, org.ToString())], "Test"));
}
