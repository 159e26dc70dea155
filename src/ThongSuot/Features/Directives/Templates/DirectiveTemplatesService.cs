using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;
using ThongSuot.Features.Accounts;
using ThongSuot.Features.Campaigns;
using ThongSuot.Features.Organizations;
using ThongSuot.Shared;

namespace ThongSuot.Features.Directives.Templates;

/// <summary>
/// Drafts from templates and from last year's letters. Only directory managers (Coordinator, Admin) create them, always
/// as letters of their own organisation; each call saves everything or nothing.
/// </summary>
public sealed class DirectiveTemplatesService(AppDbContext db, CurrentUser me, CampaignsService campaigns)
{
    public static IReadOnlyList<DirectiveTemplateDto> List() => DirectiveTemplates.All.Select(t => new DirectiveTemplateDto(
        t.Key, t.Title, t.Source, t.Occasion, t.Occasion.Vietnamese(), t.SectionStyle,
        t.Recipients.Select(r => r.Label).ToList(), t.Sections.Count, t.TaskCount)).ToList();

    /// <summary>The campaign name a template and year give ("Tết Nguyên đán Đinh Mùi 2027"), with field errors.</summary>
    public static ServiceResult<CampaignFromTemplatePreview> Preview(string? templateKey, int? year, string? title)
    {
        var errors = new FieldErrors();
        var template = DirectiveTemplates.Find(templateKey);
        if (template is null) errors.Add("templateKey", string.IsNullOrWhiteSpace(templateKey) ? "Mẫu công văn là bắt buộc." : "Không có mẫu công văn này.");
        if (year is null) errors.Add("year", "Năm là bắt buộc.");
        else if (year is < CampaignOccasions.MinYear or > CampaignOccasions.MaxYear)
            errors.Add("year", $"Năm phải từ {CampaignOccasions.MinYear} đến {CampaignOccasions.MaxYear}.");
        var cleanTitle = errors.Text("title", title, 200, required: false, "Tên dịp");
        if (errors.Any) return errors.ToError();
        var named = template!.Occasion.NeedsTitle() ? cleanTitle ?? template.CampaignTitle : null;
        return new CampaignFromTemplatePreview(template, year!.Value, named, CampaignSuggestions.Name(template.Occasion, year.Value, named));
    }

    public async Task<ServiceResult<DirectiveDraftDto>> FromTemplateAsync(FromTemplateRequest request, CancellationToken ct = default)
    {
        if (!CanCreate) return ServiceError.Forbidden();
        var errors = new FieldErrors();
        var template = DirectiveTemplates.Find(request.TemplateKey);
        if (template is null) errors.Add("templateKey", string.IsNullOrWhiteSpace(request.TemplateKey) ? "Mẫu công văn là bắt buộc." : "Không có mẫu công văn này.");
        if (request.CampaignId is null || request.CampaignId == Guid.Empty) errors.Add("campaignId", "Chiến dịch là bắt buộc.");
        if (errors.Any) return errors.ToError();
        var campaign = await db.Set<Campaign>().FirstOrDefaultAsync(c => c.Id == request.CampaignId, ct);
        if (campaign is null) return ServiceError.NotFound("Không tìm thấy chiến dịch.");
        if (campaign.Status == CampaignStatus.Closed) return ServiceError.Conflict("Chiến dịch đã kết thúc, không tạo thêm công văn được.");
        var draft = await AddDraftAsync(template!, campaign, ct);
        if (draft.Error is { } error) return error;
        await db.SaveChangesAsync(ct);
        return Dto(draft.Value!);
    }

    /// <summary>Creates the campaign with the suggested name, phases and peaks, and its draft letter, in one transaction.</summary>
    public async Task<ServiceResult<CampaignDraftDto>> CampaignFromTemplateAsync(CampaignFromTemplateRequest request, CancellationToken ct = default)
    {
        if (!CanCreate) return ServiceError.Forbidden();
        var preview = Preview(request.TemplateKey, request.Year, request.Title);
        if (preview.Error is { } invalid) return invalid;
        var (template, year, title, name) = preview.Value!;
        var plan = CampaignSuggestions.For(template.PhasesFrom ?? template.Occasion, year, title);
        var campaignRequest = new CampaignRequest(template.Occasion.ToString(), year, title, name,
            Phase(plan.Before), Phase(plan.During), Phase(plan.After),
            plan.Peaks.Select(p => new PeakRequest(p.Name, new DateTimeOffset(p.StartsAt), new DateTimeOffset(p.EndsAt))).ToList(), []);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var created = await campaigns.CreateAsync(campaignRequest, ct);
        if (created.Error is { Kind: ServiceErrorKind.Conflict })
            return ServiceError.Conflict($"Chiến dịch “{name}” đã có. Hãy mở trang của chiến dịch đó để tạo công văn từ mẫu hoặc sao chép công văn năm trước.");
        if (created.Error is { } error) return error;
        var campaign = await db.Set<Campaign>().FirstAsync(c => c.Id == created.Value!.Id, ct);
        var draft = await AddDraftAsync(template, campaign, ct);
        if (draft.Error is { } draftError) return draftError; // the transaction is disposed uncommitted: no campaign either
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new CampaignDraftDto(campaign.Id, draft.Value!.Id, campaign.Name, EditUrl(draft.Value.Id));
    }

    /// <summary>Copies the caller's organisation's letter of the latest earlier campaign of the same occasion.</summary>
    public async Task<ServiceResult<DirectiveDraftDto>> CopyLastYearAsync(Guid campaignId, CancellationToken ct = default)
    {
        if (!CanCreate) return ServiceError.Forbidden();
        var target = await db.Set<Campaign>().FirstOrDefaultAsync(c => c.Id == campaignId, ct);
        if (target is null) return ServiceError.NotFound("Không tìm thấy chiến dịch.");
        if (target.Status == CampaignStatus.Closed) return ServiceError.Conflict("Chiến dịch đã kết thúc, không tạo thêm công văn được.");
        var issuer = me.OrganizationId;
        var sourceId = await db.Set<Directive>()
            .Where(d => d.OrganizationId == issuer && d.Status != DirectiveStatus.Superseded
                && d.Campaign!.Occasion == target.Occasion && d.Campaign.Year < target.Year)
            .OrderByDescending(d => d.Campaign!.Year)
            .ThenByDescending(d => d.Status == DirectiveStatus.Issued)
            .ThenByDescending(d => d.CreatedAt)
            .Select(d => (Guid?)d.Id).FirstOrDefaultAsync(ct);
        if (sourceId is null)
            return ServiceError.NotFound($"Không có công văn nào của đơn vị bạn trong các chiến dịch {target.Occasion.Vietnamese()} trước năm {target.Year} để sao chép. Hãy tạo công văn từ mẫu.");
        var source = await db.Set<Directive>().AsNoTracking().AsSplitQuery()
            .Include(d => d.Campaign)
            .Include(d => d.LegalBases).Include(d => d.Recipients).ThenInclude(r => r.Organizations)
            .Include(d => d.Sections).ThenInclude(s => s.Recipients).Include(d => d.Sections).ThenInclude(s => s.Tasks)
            .Include(d => d.Distribution)
            .FirstAsync(d => d.Id == sourceId, ct);
        var copy = DirectiveCopy.Build(source, source.Campaign!, target);
        db.Add(copy);
        await db.SaveChangesAsync(ct);
        return Dto(copy);
    }

    private bool CanCreate => me.CanManageDirectory && me.OrganizationId != Guid.Empty;

    private async Task<ServiceResult<Directive>> AddDraftAsync(DirectiveTemplate template, Campaign campaign, CancellationToken ct)
    {
        var issuer = await db.Set<Organization>().Include(o => o.Parent).Include(o => o.People).AsSplitQuery()
            .FirstOrDefaultAsync(o => o.Id == me.OrganizationId, ct);
        if (issuer is null) return ServiceError.Forbidden("Tài khoản của bạn không thuộc tổ chức nào.");
        var organizations = await db.Set<Organization>().AsNoTracking().ToListAsync(ct);
        var directive = TemplateInstantiation.Build(template, campaign, issuer, organizations);
        db.Add(directive);
        return directive;
    }

    private static PhaseRequest? Phase(Campaigns.Phase? phase) => phase is null ? null : new PhaseRequest(phase.Start, phase.End);

    private static DirectiveDraftDto Dto(Directive d) => new(d.Id, d.CampaignId, d.Subject, d.Origin ?? "", EditUrl(d.Id));

    public static string EditUrl(Guid id) => $"/Directives/Edit/{id}";
}
