using ThongSuot.Cli;
using ThongSuot.Data;
using ThongSuot.Features.Accounts;
using ThongSuot.Features.Areas;
using ThongSuot.Features.Audit;
using ThongSuot.Features.Calendar;
using ThongSuot.Features.Campaigns;
using ThongSuot.Features.Compliance;
using ThongSuot.Features.Directives;
using ThongSuot.Features.Duty;
using ThongSuot.Features.Files;
using ThongSuot.Features.Incidents;
using ThongSuot.Features.KeySites;
using ThongSuot.Features.Notifications;
using ThongSuot.Features.Organizations;
using ThongSuot.Shared;
using ThongSuot.Shared.Events;

var verb = CliVerbs.IsVerb(args);
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = verb ? [] : args, ContentRootPath = WebSetup.PublishedContentRoot() });
if (verb) builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);

builder.AddThongSuotData();
builder.Services.AddDomainEvents();
builder.AddWeb();
builder.AddAccounts();
builder.Services.AddAreas();
builder.Services.AddOrganizations();
builder.Services.AddKeySites();
builder.Services.AddAudit();
builder.Services.AddCampaigns();
builder.Services.AddDirectives();
builder.Services.AddDuty();
builder.Services.AddIncidents();
builder.Services.AddNotifications();
builder.Services.AddFiles();
builder.Services.AddCompliance();

var app = builder.Build();
if (verb) return await CliVerbs.RunAsync(app, args);

app.UseWeb();
app.MapWeb();
app.MapAccounts();
app.MapAreas();
app.MapOrganizations();
app.MapKeySites();
app.MapAudit();
app.MapCalendar();
app.MapCampaigns();
app.MapDirectives();
app.MapDuty();
app.MapIncidents();
app.MapNotifications();
app.MapCompliance();
await app.RunAsync();
return 0;

public partial class Program;
