using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThongSuot.Features.Directives;
using ThongSuot.Features.Notifications;
using ThongSuot.Tests.Incidents;
using ThongSuot.Tests.Infrastructure;
using ThongSuot.Tests.Notifications;
using static ThongSuot.Tests.Directives.DirectivesTestData;

namespace ThongSuot.Tests.Directives;

/// <summary>Issuing a letter sends it once per recipient organisation and channel, through the outbox, after the issue commits.</summary>
public abstract class DirectiveDeliveryTests(NotificationsAppFactory app)
{
    [Fact]
    public async Task AnIssuedLetterIsOneMessagePerRecipientOrganisationAndChannelAndARerunAddsNothing()
    {
        var (viettel, donghoi) = (await OrgAsync(app, "VIETTEL"), await OrgAsync(app, "UBND-DONGHOI"));
        await AddWebhookAsync(viettel, "directive.*");
        await AddWebhookAsync(donghoi, "incident.*");
        var id = await IssuedLetterAsync(viettel, donghoi);

        var messages = await app.MessagesAsyncStartingWith($"directive:{id}:issued:");

        var viettelUser = await app.UserIdAsync("viettel");
        var donghoiUser = await app.UserIdAsync("donghoi");
        var (viettelMail, donghoiMail) = await app.WithDbAsync(async db => (
            await db.Set<Features.Organizations.Organization>().Where(o => o.Id == viettel).Select(o => o.Email).SingleAsync(),
            await db.Set<Features.Organizations.Organization>().Where(o => o.Id == donghoi).Select(o => o.Email).SingleAsync()));
        Assert.Equal(new[]
            {
                (viettel, OutboxChannel.InApp, $"user:{viettelUser}"), (viettel, OutboxChannel.Email, viettelMail!.ToLowerInvariant()),
                (viettel, OutboxChannel.Webhook, "hook"), (donghoi, OutboxChannel.InApp, $"user:{donghoiUser}"),
                (donghoi, OutboxChannel.Email, donghoiMail!.ToLowerInvariant()),
            }.Order(),
            messages.Select(m => (m.OrganizationId!.Value, m.Channel, m.Channel == OutboxChannel.Webhook ? "hook" : m.DedupKey.Split('|')[2])).Order());
        Assert.All(messages, m => Assert.Equal((DirectiveDelivery.IssuedEvent, $"/Directives/Details/{id}"), (m.EventType, m.Link)));
        var number = await app.WithDbAsync(db => db.Set<Directive>().Where(d => d.Id == id).Select(d => d.Number).SingleAsync());
        Assert.All(messages, m => Assert.Equal($"[Công văn] Số {number:00}/SKHCN-BCVT: Bảo đảm thông tin liên lạc dịp Tết Đinh Mùi", m.Subject));
        var hook = Assert.Single(messages, m => m.Channel == OutboxChannel.Webhook);
        Assert.Contains($"\"pdfUrl\":\"https://thongsuot.test/api/v1/directives/{id}/document.pdf\"", hook.Payload);
        Assert.Contains("\"isCorrection\":false", hook.Payload);
        var mail = Assert.Single(messages, m => m.Channel == OutboxChannel.Email && m.OrganizationId == viettel);
        Assert.Contains($"Xem và xác nhận đã nhận: https://thongsuot.test/Directives/Details/{id}", mail.Body);

        var receipts = await ReceiptsAsync(id);
        Assert.Equal(new[] { viettel, donghoi }.Order(), receipts.Select(r => r.OrganizationId).Order());
        Assert.All(receipts, r => Assert.Null(r.FirstOpenedAt));

        await RunHandlerAgainAsync(id);
        Assert.Equal(messages.Select(m => m.Id).Order(), (await app.MessagesAsyncStartingWith($"directive:{id}:issued:")).Select(m => m.Id).Order());
        Assert.Equal(receipts.Select(r => (r.OrganizationId, r.SentAt)).Order(), (await ReceiptsAsync(id)).Select(r => (r.OrganizationId, r.SentAt)).Order());
    }

    [Fact]
    public async Task EachRecipientsEmailArrivesOnceAndItsMembersBellShowsTheLetter()
    {
        using var smtp = new SmtpSink(app.SmtpPort);
        smtp.Start();
        try
        {
            var (viettel, donghoi) = (await OrgAsync(app, "VIETTEL"), await OrgAsync(app, "UBND-DONGHOI"));
            var id = await IssuedLetterAsync(viettel, donghoi);
            var messages = await app.MessagesAsyncStartingWith($"directive:{id}:issued:");

            for (var i = 0; i < 10 && (await app.Dispatcher.DispatchDueAsync()).Claimed > 0; i++) { }

            var mails = smtp.Messages();
            foreach (var m in messages.Where(m => m.Channel == OutboxChannel.Email))
                Assert.Single(mails, x => x.Contains($"X-ThongSuot-Message: {m.Id}"));
            Assert.Equal(2, messages.Count(m => m.Channel == OutboxChannel.Email));
            Assert.All(messages, m => Assert.Equal(m.Channel == OutboxChannel.Email ? $"directive-pdf:{id}" : null, m.Attachment));
            var viettelUser = await app.UserIdAsync("viettel");
            var bell = await app.WithDbAsync(db => db.Set<InAppNotification>().AsNoTracking()
                .Where(n => n.UserId == viettelUser && n.Link == $"/Directives/Details/{id}").ToListAsync());
            Assert.Equal(DirectiveDelivery.IssuedEvent, Assert.Single(bell).EventType);
        }
        finally { smtp.Stop(); }
    }

    [Fact]
    public async Task TheEmailCarriesTheLettersPdfAndKeepsItsLink()
    {
        using var smtp = new SmtpSink(app.SmtpPort);
        smtp.Start();
        try
        {
            var (viettel, donghoi) = (await OrgAsync(app, "VIETTEL"), await OrgAsync(app, "UBND-DONGHOI"));
            var id = await IssuedLetterAsync(viettel, donghoi);
            await DispatchAllAsync();

            var (raw, file) = await MailedPdfAsync(smtp, id, viettel);
            var number = await app.WithDbAsync(db => db.Set<Directive>().Where(d => d.Id == id).Select(d => d.Number).SingleAsync());
            Assert.Equal(($"cong-van-{number}-SKHCN-BCVT.pdf", "application/pdf"), (file.FileName, file.ContentType));
            Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(file.Content, 0, 4));
            var text = file.PdfText();
            Assert.Contains($"{number:00}/SKHCN-BCVT", text, StringComparison.Ordinal);
            Assert.Contains("Bảo đảm thông tin liên lạc dịp Tết Đinh Mùi", text, StringComparison.Ordinal);
            var body = MimeKit.MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(raw))).TextBody;
            Assert.Contains($"Tải bản .pdf: https://thongsuot.test/api/v1/directives/{id}/document.pdf", body, StringComparison.Ordinal);
        }
        finally { smtp.Stop(); }
    }

    [Fact]
    public async Task ACorrectionsEmailCarriesTheCorrectedLettersPdf()
    {
        using var smtp = new SmtpSink(app.SmtpPort);
        smtp.Start();
        try
        {
            var (viettel, donghoi) = (await OrgAsync(app, "VIETTEL"), await OrgAsync(app, "UBND-DONGHOI"));
            var first = await IssuedLetterAsync(viettel, donghoi);
            var client = await app.SignedInAsync("coordinator");
            var correction = Id(await ExpectAsync(await client.PostAsync($"/api/v1/directives/{first}/correct", null), System.Net.HttpStatusCode.Created));
            await IssueAsync(client, correction);
            await DispatchAllAsync();

            var (_, file) = await MailedPdfAsync(smtp, correction, donghoi);
            var number = await app.WithDbAsync(db => db.Set<Directive>().Where(d => d.Id == correction).Select(d => d.Number).SingleAsync());
            Assert.Equal($"cong-van-{number}-SKHCN-BCVT.pdf", file.FileName);
            Assert.Contains($"{number:00}/SKHCN-BCVT", file.PdfText(), StringComparison.Ordinal);
        }
        finally { smtp.Stop(); }
    }

    [Fact]
    public async Task AnEmailWhoseLetterIsGoneIsNotSentWithoutItsPdf()
    {
        using var smtp = new SmtpSink(app.SmtpPort);
        smtp.Start();
        try
        {
            var gone = Guid.CreateVersion7();
            var message = new OutboxMessage
            {
                Channel = OutboxChannel.Email, EventType = DirectiveDelivery.IssuedEvent, DedupKey = $"directive:{gone}:issued:test",
                Address = "vanthu@quangtri.example", Subject = "[Công văn] Số 99/SKHCN-BCVT: đã xoá", Body = "Công văn đã xoá.",
                Attachment = $"directive-pdf:{gone}", CreatedAt = app.Clock.GetUtcNow().UtcDateTime, NextAttemptAt = app.Clock.GetUtcNow().UtcDateTime,
            };
            await app.WithDbAsync(db => { db.Add(message); return db.SaveChangesAsync(); });
            await DispatchAllAsync();

            var after = await app.WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.Id == message.Id));
            Assert.Equal((OutboxStatus.Dead, 1), (after.Status, after.Attempts));
            Assert.Contains($"directive-pdf:{gone}", after.LastError, StringComparison.Ordinal);
            Assert.DoesNotContain(smtp.Messages(), x => x.Contains($"X-ThongSuot-Message: {message.Id}", StringComparison.Ordinal));
        }
        finally { smtp.Stop(); }
    }

    [Fact]
    public async Task ACorrectionIsDeliveredAgainMarkedAsACorrection()
    {
        var (viettel, donghoi) = (await OrgAsync(app, "VIETTEL"), await OrgAsync(app, "UBND-DONGHOI"));
        var first = await IssuedLetterAsync(viettel, donghoi);
        var client = await app.SignedInAsync("coordinator");
        var correction = Id(await ExpectAsync(await client.PostAsync($"/api/v1/directives/{first}/correct", null), System.Net.HttpStatusCode.Created));
        await IssueAsync(client, correction);

        var messages = await app.MessagesAsyncStartingWith($"directive:{correction}:issued:");

        // Webhooks depend on the endpoints other tests of this app added; the bell and the organisation's e-mail do not.
        Assert.Equal(new[] { (viettel, OutboxChannel.InApp), (viettel, OutboxChannel.Email), (donghoi, OutboxChannel.InApp), (donghoi, OutboxChannel.Email) }.Order(),
            messages.Where(m => m.Channel != OutboxChannel.Webhook).Select(m => (m.OrganizationId!.Value, m.Channel)).Order());
        Assert.All(messages, m => Assert.StartsWith("[Đính chính] Số ", m.Subject, StringComparison.Ordinal));
        var firstNumber = await app.WithDbAsync(db => db.Set<Directive>().Where(d => d.Id == first).Select(d => d.Number).SingleAsync());
        Assert.All(messages, m => Assert.Contains($"bản đính chính công văn số {firstNumber:00}/SKHCN-BCVT", m.Body));
    }

    [Fact]
    public async Task TheLetterPageShowsItsIssuerWhoOpenedItAndWhoHasNot()
    {
        var (viettel, donghoi) = (await OrgAsync(app, "VIETTEL"), await OrgAsync(app, "UBND-DONGHOI"));
        var id = await IssuedLetterAsync(viettel, donghoi);
        await app.EventHandlersDoneAsync();
        var names = await app.WithDbAsync(db => db.Set<Features.Organizations.Organization>().Where(o => o.Id == viettel || o.Id == donghoi)
            .ToDictionaryAsync(o => o.Id, o => o.Name));

        var member = await app.SignedInAsync("viettel");
        var memberPage = Page(await member.GetStringAsync($"/Directives/Details/{id}"));
        var opened = Assert.Single(await ReceiptsAsync(id), r => r.FirstOpenedAt is not null);
        Assert.Equal((viettel, await app.UserIdAsync("viettel")), (opened.OrganizationId, opened.FirstOpenedById));
        Assert.Null(memberPage.QuerySelector("[data-testid=receipts]")); // a recipient does not see the others' receipts

        app.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(System.Net.HttpStatusCode.OK, (await member.GetAsync($"/api/v1/directives/{id}/document.pdf")).StatusCode);
        Assert.Equal(opened.FirstOpenedAt, Assert.Single(await ReceiptsAsync(id), r => r.OrganizationId == viettel).FirstOpenedAt);

        var coordinator = await app.SignedInAsync("coordinator");
        var page = Page(await coordinator.GetStringAsync($"/Directives/Details/{id}"));
        var rows = page.QuerySelectorAll("[data-testid=receipts] tbody tr");
        Assert.Equal(new[] { (donghoi.ToString(), "false"), (viettel.ToString(), "true") },
            rows.Select(r => (r.GetAttribute("data-org")!, r.GetAttribute("data-opened")!)).ToArray());
        Assert.Contains("Phạm Văn Viettel", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("Chưa mở", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Equal($"Chưa mở (1/2): {names[donghoi]}", page.QuerySelector("[data-testid=not-opened]")!.TextContent.Trim());
        Assert.Equal(2, (await ReceiptsAsync(id)).Count); // the issuer's own viewing is no receipt
    }

    private static AngleSharp.Dom.IDocument Page(string html) => new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

    private async Task<Guid> IssuedLetterAsync(Guid viettel, Guid donghoi)
    {
        var client = await app.SignedInAsync("coordinator");
        var c = await CampaignAsync(app);
        var d = await CreateAsync(client, new { campaignId = c.Id });
        await ExpectAsync(await client.PutAsJsonAsync($"/api/v1/directives/{Id(d)}", Content(c, viettel, donghoi, Revision(d))), System.Net.HttpStatusCode.OK);
        await IssueAsync(client, Id(d));
        return Id(d);
    }

    private async Task DispatchAllAsync()
    {
        await app.EventHandlersDoneAsync();
        for (var i = 0; i < 10 && (await app.Dispatcher.DispatchDueAsync()).Claimed > 0; i++) { }
    }

    /// <summary>The mail sent to the organisation's own address for this letter, and its one attachment.</summary>
    private async Task<(string Raw, MailedFile File)> MailedPdfAsync(SmtpSink smtp, Guid letter, Guid organization)
    {
        var messages = await app.MessagesAsyncStartingWith($"directive:{letter}:issued:{organization}");
        var sent = Assert.Single(messages, m => m.Channel == OutboxChannel.Email);
        var raw = Assert.Single(smtp.Messages(), x => x.Contains($"X-ThongSuot-Message: {sent.Id}", StringComparison.Ordinal));
        return (raw, Assert.Single(MailedFile.In(raw)));
    }

    private Task AddWebhookAsync(Guid organizationId, string filter) => app.WithDbAsync(async db =>
    {
        db.Add(new WebhookEndpoint
        {
            OrganizationId = organizationId, Name = $"Thử {filter}", Url = "https://hooks.example/thongsuot", Secret = "whsec_test",
            EventFilter = filter, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
        });
        return await db.SaveChangesAsync();
    });

    private Task<List<DirectiveReceipt>> ReceiptsAsync(Guid id) =>
        app.WithDbAsync(db => db.Set<DirectiveReceipt>().AsNoTracking().Where(r => r.DirectiveId == id).ToListAsync());

    /// <summary>The handler again, as after a node died between running it and deleting its delivery.</summary>
    private async Task RunHandlerAgainAsync(Guid id)
    {
        var issued = await app.WithDbAsync(async db => await db.Set<Directive>().AsNoTracking().Include(d => d.Recipients).ThenInclude(r => r.Organizations)
            .Where(d => d.Id == id).SingleAsync());
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DirectiveDelivery>().HandleAsync(new DirectiveIssued(issued.Id, issued.CampaignId, issued.OrganizationId,
            $"{issued.Number:00}/{issued.Symbol}", issued.IssuedOn!.Value, issued.IssuedAt!.Value,
            issued.Recipients.SelectMany(r => r.Organizations).Select(o => o.OrganizationId).Distinct().ToList(), issued.PreviousVersionId), CancellationToken.None);
    }
}

public sealed class DirectiveDeliveryTestsOnSqlite(SqliteNotificationsAppFactory app) : DirectiveDeliveryTests(app), IClassFixture<SqliteNotificationsAppFactory>;

public sealed class DirectiveDeliveryTestsOnPostgres(PostgresNotificationsAppFactory app) : DirectiveDeliveryTests(app), IClassFixture<PostgresNotificationsAppFactory>;
