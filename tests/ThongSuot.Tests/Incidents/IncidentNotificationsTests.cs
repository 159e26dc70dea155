using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Features.Incidents;
using ThongSuot.Features.Notifications;
using ThongSuot.Tests.Notifications;
using static ThongSuot.Tests.Incidents.EscalationTestKit;

namespace ThongSuot.Tests.Incidents;

/// <summary>Incident notifications through the real channels: the SMTP sink on loopback and a signed webhook receiver.</summary>
public abstract partial class IncidentNotificationsTests(NotificationsAppFactory app)
{
    [Fact]
    public async Task ANewIncidentGoesToTheInvolvedOrganisationsAndTheDepartmentOnceEach()
    {
        var vnpt = await IncidentsTestData.OrgAsync(app, "VNPT");
        var department = await IncidentsTestData.OrgAsync(app, "SKHCN");
        var created = await IncidentsTestData.CreateAsync(await app.OperatorSystemAsync("VIETTEL"), Body("Mất thoại thử thông báo", vnpt));

        var messages = await app.MessagesAsyncStartingWith($"incident:{created.Id()}:reported|");
        Assert.Contains(messages, m => m.OrganizationId == vnpt && m.Channel == OutboxChannel.Email && m.Address == "lienhe.vnpt@quangtri.example");
        Assert.Contains(messages, m => m.OrganizationId == department && m.Channel == OutboxChannel.Email);
        Assert.Contains(messages, m => m.OrganizationId == department && m.Channel == OutboxChannel.InApp);
        Assert.DoesNotContain(messages, m => m.OrganizationId != vnpt && m.OrganizationId != department);
        Assert.All(messages, m => Assert.Equal(IncidentNotifications.ReportedEvent, m.EventType));
        Assert.Equal(messages.Count, messages.Select(m => m.DedupKey).Distinct().Count());

        // A status change goes to the reporting organisation and the involved ones.
        var viettel = await IncidentsTestData.OrgAsync(app, "VIETTEL");
        var ack = await IncidentsTestData.StatusAsync(await app.SignedInAsync("coordinator"), created.Id(), "Acknowledged", created.Revision());
        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        var status = await app.MessagesAsyncStartingWith($"incident:{created.Id()}:status:Acknowledged:");
        Assert.Contains(status, m => m.OrganizationId == viettel);
        Assert.Contains(status, m => m.OrganizationId == vnpt);
        Assert.DoesNotContain(status, m => m.Body.Contains("/a/")); // nothing left to acknowledge
    }

    [Fact]
    public async Task TheEmailWithTheAcknowledgeLinkReachesTheMailServer()
    {
        using var smtp = new SmtpSink(app.SmtpPort);
        smtp.Start();
        try
        {
            var vnpt = await IncidentsTestData.OrgAsync(app, "VNPT");
            var created = await IncidentsTestData.CreateAsync(await app.OperatorSystemAsync("VIETTEL"), Body("Mất thoại thử thư điện tử", vnpt));
            var email = Assert.Single(await app.MessagesAsyncStartingWith($"incident:{created.Id()}:reported|Email|lienhe.vnpt@"));
            var link = "https://thongsuot.test" + LinkPath(email.Body);

            for (var i = 0; i < 10 && (await app.Dispatcher.DispatchDueAsync()).Claimed > 0; i++) { }

            var mail = Assert.Single(smtp.Messages(), m => m.Contains($"X-ThongSuot-Message: {email.Id}"));
            var text = Decode(mail);
            Assert.Contains(link, text);
            Assert.Contains(created.GetProperty("number").GetString()!, text);
            Assert.Contains("Xác nhận đã tiếp nhận sự cố", text);
        }
        finally { smtp.Stop(); }
    }

    [Fact]
    public async Task TheWebhookReceiverGetsTheSignedIncidentEvent()
    {
        await using var receiver = await WebhookReceiver.StartAsync(refuseFirst: 0);
        var vnptClient = await app.SignedInAsync("vnpt");
        var hook = await vnptClient.PostAsJsonAsync("/api/v1/webhooks", new { name = "NOC VNPT sự cố", url = receiver.Url, eventFilter = "incident.*" });
        Assert.Equal(HttpStatusCode.Created, hook.StatusCode);
        receiver.Secret = (await hook.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString();

        var vnpt = await IncidentsTestData.OrgAsync(app, "VNPT");
        var created = await IncidentsTestData.CreateAsync(await app.OperatorSystemAsync("VIETTEL"), Body("Mất thoại thử webhook", vnpt, severity: 1));
        await app.EventHandlersDoneAsync();
        for (var i = 0; i < 10 && (await app.Dispatcher.DispatchDueAsync()).Claimed > 0; i++) { }

        var delivery = Assert.Single(receiver.Deliveries, d => d.Body.Contains(created.Id().ToString()));
        Assert.True(delivery.SignatureValid);
        Assert.Equal(204, delivery.Status);
        Assert.Equal(IncidentNotifications.ReportedEvent, delivery.Event);
        var data = JsonDocument.Parse(delivery.Body).RootElement.GetProperty("data");
        Assert.Equal(created.GetProperty("number").GetString(), data.GetProperty("number").GetString());
        Assert.Equal("VoiceOutage", data.GetProperty("type").GetString());
        Assert.Equal(1, data.GetProperty("severity").GetInt32());
        Assert.Equal("Reported", data.GetProperty("status").GetString());
        Assert.Equal($"https://thongsuot.test/Incidents/Details/{created.Id()}", data.GetProperty("link").GetString());
    }

    private static object Body(string title, Guid affected, int severity = 2) => new
    {
        type = "VoiceOutage", severity, title, reporterName = "Người Báo Thử", services = new[] { "Voice" },
        affectedOrganizationIds = new[] { affected }, startedAt = "2026-11-20T08:00:00+07:00",
    };

    /// <summary>The mail's text parts, decoded from base64 or quoted-printable, whichever the client chose.</summary>
    private static string Decode(string mail)
    {
        var text = new StringBuilder(mail.Replace("=\r\n", "").Replace("=\n", ""));
        var block = new StringBuilder();
        foreach (var line in mail.Replace("\r\n", "\n").Split('\n').Append(""))
        {
            if (line.Length >= 4 && Base64().IsMatch(line)) { block.Append(line); continue; }
            if (block.Length >= 8 && block.Length % 4 == 0)
                try { text.Append('\n').Append(Encoding.UTF8.GetString(Convert.FromBase64String(block.ToString()))); } catch (FormatException) { }
            block.Clear();
        }
        return text.ToString();
    }

    [GeneratedRegex("^[A-Za-z0-9+/]+=*$")]
    private static partial Regex Base64();
}

public sealed class IncidentNotificationsTestsOnSqlite(SqliteNotificationsAppFactory app) : IncidentNotificationsTests(app), IClassFixture<SqliteNotificationsAppFactory>;
