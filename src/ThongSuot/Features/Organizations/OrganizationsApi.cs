using Microsoft.AspNetCore.Http.HttpResults;
using ThongSuot.Features.Accounts;
using ThongSuot.Shared;

namespace ThongSuot.Features.Organizations;

/// <summary>/api/v1/organizations and /api/v1/people. Access rules live in <see cref="OrganizationsService"/>.</summary>
public static class OrganizationsApi
{
    public static IEndpointRouteBuilder MapOrganizationsApi(this IEndpointRouteBuilder app)
    {
        var orgs = app.MapGroup("/api/v1/organizations").WithTags("Organizations").RequireAuthorization();
        orgs.MapGet("/", List).WithSummary("Danh bạ tổ chức (công khai với mọi người dùng đã đăng nhập)");
        orgs.MapGet("/export.csv", Export).WithSummary("Xuất danh bạ tổ chức ra CSV");
        orgs.MapPost("/import", OrganizationsImportApi.Import).RequireAuthorization(Policies.ManageDirectory)
            .DisableAntiforgery().WithSummary("Nhập tổ chức từ CSV (text/csv hoặc multipart \"file\")");
        orgs.MapGet("/{id:guid}", Get);
        orgs.MapPost("/", Create).RequireAuthorization(Policies.ManageDirectory);
        orgs.MapPut("/{id:guid}", Update);
        orgs.MapDelete("/{id:guid}", Delete).RequireAuthorization(Policies.ManageDirectory);
        orgs.MapGet("/{id:guid}/people", People).WithSummary("Người liên hệ (chỉ đơn vị đó và vai trò cấp tỉnh)");
        orgs.MapPost("/{id:guid}/people", AddPerson);

        var people = app.MapGroup("/api/v1/people").WithTags("Organizations").RequireAuthorization();
        people.MapGet("/{id:guid}", GetPerson);
        people.MapPut("/{id:guid}", UpdatePerson);
        people.MapDelete("/{id:guid}", DeletePerson);
        return app;
    }

    private static async Task<Results<Ok<List<OrganizationDto>>, ValidationProblem, ProblemHttpResult>> List(
        OrganizationsService service, string? q, string? kind, Guid? areaId, CancellationToken ct) =>
        (await service.ListAsync(q, kind, areaId, ct)).ToHttp();

    private static async Task<FileContentHttpResult> Export(OrganizationsCsv csv, CancellationToken ct) =>
        TypedResults.File(await csv.ExportAsync(ct), "text/csv; charset=utf-8", "to-chuc.csv");

    private static async Task<Results<Ok<OrganizationDto>, ValidationProblem, ProblemHttpResult>> Get(Guid id, OrganizationsService service, CancellationToken ct) =>
        (await service.GetAsync(id, ct)).ToHttp();

    private static async Task<Results<Created<OrganizationDto>, ValidationProblem, ProblemHttpResult>> Create(
        OrganizationInput input, OrganizationsService service, CancellationToken ct) =>
        (await service.CreateAsync(input, ct)).ToCreated(o => $"/api/v1/organizations/{o.Id}");

    private static async Task<Results<Ok<OrganizationDto>, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, OrganizationInput input, OrganizationsService service, CancellationToken ct) =>
        (await service.UpdateAsync(id, input, ct)).ToHttp();

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Delete(Guid id, OrganizationsService service, CancellationToken ct) =>
        (await service.DeleteAsync(id, ct)).ToNoContent();

    private static async Task<Results<Ok<List<PersonDto>>, ValidationProblem, ProblemHttpResult>> People(Guid id, OrganizationsService service, CancellationToken ct) =>
        (await service.PeopleAsync(id, ct)).ToHttp();

    private static async Task<Results<Created<PersonDto>, ValidationProblem, ProblemHttpResult>> AddPerson(
        Guid id, PersonInput input, OrganizationsService service, CancellationToken ct) =>
        (await service.AddPersonAsync(id, input, ct)).ToCreated(p => $"/api/v1/people/{p.Id}");

    private static async Task<Results<Ok<PersonDto>, ValidationProblem, ProblemHttpResult>> GetPerson(Guid id, OrganizationsService service, CancellationToken ct) =>
        (await service.GetPersonAsync(id, ct)).ToHttp();

    private static async Task<Results<Ok<PersonDto>, ValidationProblem, ProblemHttpResult>> UpdatePerson(
        Guid id, PersonInput input, OrganizationsService service, CancellationToken ct) =>
        (await service.UpdatePersonAsync(id, input, ct)).ToHttp();

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> DeletePerson(Guid id, OrganizationsService service, CancellationToken ct) =>
        (await service.DeletePersonAsync(id, ct)).ToNoContent();
}
