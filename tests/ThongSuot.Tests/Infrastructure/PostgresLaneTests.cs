using System.Reflection;
using System.Text.RegularExpressions;

namespace ThongSuot.Tests.Infrastructure;

/// <summary>The classes that run on PostgreSQL are exactly those docs/testing.md names, with the reason for each.</summary>
public sealed partial class PostgresLaneTests
{
    [Fact]
    public void TheClassesOnPostgresAreTheOnesTheTestingPageNames()
    {
        var documented = Documented().Order().ToList();
        var actual = typeof(PostgresLaneTests).Assembly.GetTypes().Where(RunsOnPostgres).Select(t => t.Name).Order().ToList();

        Assert.NotEmpty(documented);
        Assert.True(documented.SequenceEqual(actual),
            $"On PostgreSQL but not in docs/testing.md: {string.Join(", ", actual.Except(documented))}; " +
            $"in docs/testing.md but not on PostgreSQL: {string.Join(", ", documented.Except(actual))}");
    }

    private static IEnumerable<string> Documented()
    {
        var page = File.ReadAllText(RepoFiles.Path("docs", "testing.md"));
        var section = page[page.IndexOf("## Which classes run on PostgreSQL", StringComparison.Ordinal)..];
        return TableRow().Matches(section).Select(m => m.Groups[1].Value);
    }

    private static bool RunsOnPostgres(Type type)
    {
        if (type.IsAbstract) return false;
        // The two-node tests run the built app in processes of their own, on one PostgreSQL database.
        if (type.GetConstructors().Any(c => c.GetParameters().Any(p => p.ParameterType == typeof(Nodes.TwoNodeCluster)))) return true;
        var fixtures = type.GetInterfaces()
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IClassFixture<>))
            .Select(i => i.GetGenericArguments()[0])
            .Where(f => typeof(AppFactory).IsAssignableFrom(f) && !f.IsAbstract);
        if (fixtures.Any(f => { using var factory = (AppFactory)Activator.CreateInstance(f)!; return factory.Provider == DbProvider.Postgres; }))
            return true;
        return type.GetMethods().SelectMany(m => m.GetCustomAttributes<InlineDataAttribute>())
            .Any(data => data.GetData(null!).Any(row => row.Contains(DbProvider.Postgres)));
    }

    [GeneratedRegex(@"^\| `(\w+)` \|", RegexOptions.Multiline)]
    private static partial Regex TableRow();
}
