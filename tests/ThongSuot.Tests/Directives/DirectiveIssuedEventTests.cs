using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ThongSuot.Features.Compliance;
using ThongSuot.Features.Directives;
using ThongSuot.Shared.Events;
using ThongSuot.Tests.Infrastructure;
using static ThongSuot.Tests.Directives.DirectivesTestData;

namespace ThongSuot.Tests.Directives;

/// <summary>Issuing a letter publishes DirectiveIssued in the issue's own save, beside the assignments the hook adds.</summary>
public sealed class DirectiveIssuedEventTests(DirectiveIssuedEventTests.App app) : IClassFixture<DirectiveIssuedEventTests.App>
{
    [Fact]
    public async Task IssuingWritesOneDeliveryOfDirectiveIssuedWithTheIssueAndADraftWritesNone()
    {
        var client = await app.SignedInAsync("coordinator");
        var c = await CampaignAsync(app);
        var (viettel, donghoi) = (await OrgAsync(app, "VIETTEL"), await OrgAsync(app, "UBND-DONGHOI"));
        var d = await CreateAsync(client, new { campaignId = c.Id });
        await ExpectAsync(await client.PutAsJsonAsync($"/api/v1/directives/{Id(d)}", Content(c, viettel, donghoi, Revision(d))), HttpStatusCode.OK);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<EventDelivery>().CountAsync(x => x.Payload.Contains(Id(d).ToString()))));

        await IssueAsync(client, Id(d));

        var (directive, assignments, deliveries) = await app.WithDbAsync(async db => (
            await db.Set<Directive>().AsNoTracking().SingleAsync(x => x.Id == Id(d)),
            await db.Set<ComplianceAssignment>().CountAsync(a => a.DirectiveId == Id(d)),
            await db.Set<EventDelivery>().AsNoTracking().Where(x => x.EventType == nameof(DirectiveIssued)).ToListAsync()));
        var delivery = Assert.Single(deliveries, x => x.Handler == nameof(RecordingIssues) && EventJson.Read<DirectiveIssued>(x.Payload).DirectiveId == directive.Id);
        var issued = EventJson.Read<DirectiveIssued>(delivery.Payload);
        Assert.Equal((nameof(RecordingIssues), 0, false), (delivery.Handler, delivery.Attempts, delivery.Dead));
        Assert.Equal((directive.CampaignId, directive.OrganizationId, $"{directive.Number:00}/{directive.Symbol}", directive.IssuedOn!.Value),
            (issued.CampaignId, issued.IssuerId, issued.Number, issued.IssuedOn));
        Assert.Equal(new[] { viettel, donghoi }.Order(), issued.RecipientOrganizationIds.Order());
        Assert.True(assignments > 0, "the same-transaction hook added the assignments");
    }

    /// <summary>A handler that records nothing: the test reads the delivery row, and the processor is off so it stays.</summary>
    public sealed class RecordingIssues : IHandles<DirectiveIssued>
    {
        public Task HandleAsync(DirectiveIssued e, CancellationToken ct) => Task.CompletedTask;
    }

    public sealed class App() : AppFactory(DbProvider.Sqlite)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?> { ["Events:PollSeconds"] = "0" }));
        }

        protected override void ConfigureTestServices(IServiceCollection services) => services.AddEventHandler<DirectiveIssued, RecordingIssues>();
    }
}
