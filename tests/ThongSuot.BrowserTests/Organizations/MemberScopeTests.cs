using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ThongSuot.BrowserTests.Infrastructure;
using ThongSuot.Data;
using ThongSuot.Features.Organizations;

namespace ThongSuot.BrowserTests.Organizations;

/// <summary>A Viettel member reads the public directory, including VNPT's hotline, but never VNPT's people.</summary>
public sealed class MemberScopeTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task ViettelMemberSeesVnptsHotlineButNotItsPeople()
    {
        var (vnpt, vnptPerson, viettelPerson) = await IdsAsync();
        var page = await app.NewPageAsync("viettel");

        await page.GotoAsync("/Organizations");
        await page.GetByRole(AriaRole.Link, new() { Name = vnpt.Name, Exact = true }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = vnpt.Name, Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = vnpt.Hotline! })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Người liên hệ", Exact = true })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByText(vnptPerson.FullName)).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sửa thông tin" })).ToHaveCountAsync(0);

        // Typing the address of VNPT's person does not reveal it.
        var response = await page.GotoAsync($"/Organizations/Person/{vnptPerson.Id}");
        Assert.Equal(404, response!.Status);
        await Assertions.Expect(page.GetByText(vnptPerson.FullName)).ToHaveCountAsync(0);
        response = await page.GotoAsync($"/Organizations/Edit/{vnpt.Id}");
        Assert.True(response!.Status is 403 or 404, $"edit page of VNPT answered {response.Status}");

        // Its own organisation: people shown and editable.
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Đơn vị của tôi" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Người liên hệ", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText(viettelPerson.FullName)).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    private async Task<(Organization Vnpt, Person VnptPerson, Person ViettelPerson)> IdsAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var vnpt = await db.Set<Organization>().AsNoTracking().SingleAsync(o => o.ShortName == "VNPT");
        var viettelId = await db.Set<Organization>().Where(o => o.ShortName == "VIETTEL").Select(o => o.Id).SingleAsync();
        var vnptPerson = await db.Set<Person>().AsNoTracking().FirstAsync(p => p.OrganizationId == vnpt.Id);
        var viettelPerson = await db.Set<Person>().AsNoTracking().FirstAsync(p => p.OrganizationId == viettelId);
        return (vnpt, vnptPerson, viettelPerson);
    }
}
