using System.Text.Json;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using ThongSuot.Features.Accounts;
using ThongSuot.Features.KeySites;

namespace ThongSuot.Features.Incidents;

/// <summary>
/// /Incidents/Board: the page is a shell; board.js loads the rows from GET /api/v1/incidents/board and keeps them live
/// over /hubs/incidents. The filters' type and severity lists come from the catalogue, the organisations and areas from the rows.
/// </summary>
public sealed class BoardModel(IncidentsService incidents, IOptions<MapOptions> map, CurrentUser me,
    IStringLocalizer<BoardLiveText> text, IStringLocalizer<IncidentsText> incidentText) : PageModel
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public IReadOnlyList<IncidentTypeDto> Types { get; private set; } = [];
    public IReadOnlyList<SeverityDto> Severities { get; private set; } = [];
    public MapOptions Map => map.Value;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Types = await incidents.TypesAsync(activeOnly: false, ct);
        Severities = await incidents.SeveritiesAsync(ct);
    }

    /// <summary>Who is looking, so board.js offers "Tiếp nhận" only where the workflow API would accept it (the API still decides).</summary>
    public string ViewerJson => JsonSerializer.Serialize(new
    {
        canManage = me.CanManageDirectory,
        isMember = me.IsInRole(Roles.Member),
        organizationId = me.OrganizationId,
    }, Json);

    /// <summary>Texts board.js writes, localised here so the script holds none (the default encoder keeps them safe inside script).</summary>
    public string TextJson => JsonSerializer.Serialize(new Dictionary<string, string>
    {
        ["offline"] = text["Mất kết nối — đang kết nối lại…"],
        ["online"] = text["Đã kết nối lại"],
        ["acknowledge"] = text["Tiếp nhận"],
        ["acknowledged"] = text["Đã tiếp nhận sự cố {0}."],
        ["failed"] = text["Không tiếp nhận được sự cố {0}:"],
        ["loadFailed"] = text["Không tải được bảng sự cố; sẽ thử lại."],
        ["empty"] = text["Không có sự cố đang mở phù hợp."],
        ["newIncident"] = text["Sự cố mới: {0}"],
        ["severity"] = text["Mức độ {0}"],
        ["days"] = text["{0} ngày {1} giờ"],
        ["hours"] = text["{0} giờ {1} phút"],
        ["minutes"] = text["{0} phút"],
        ["none"] = text["(không có)"],
        ["all"] = text["Tất cả"],
        ["keySite"] = text["Điểm trọng yếu"],
    }.Concat(Enum.GetValues<IncidentStatus>().Select(s => KeyValuePair.Create("status." + s, incidentText[s.Vietnamese()].Value)))
        .ToDictionary(), Json);
}
