namespace ThongSuot.Features.Accounts;

public static class Roles
{
    public const string Admin = "Admin";
    public const string Coordinator = "Coordinator";
    public const string Leader = "Leader";
    public const string Member = "Member";
    public const string Viewer = "Viewer";

    public static readonly string[] All = [Admin, Coordinator, Leader, Member, Viewer];

    /// <summary>Roles that see every organisation's data; a Member sees only its own organisation's.</summary>
    public static readonly string[] ProvinceWide = [Admin, Coordinator, Leader, Viewer];

    /// <summary>Higher rank may grant lower; an organisation API key above Member needs an Admin.</summary>
    public static int Rank(string role) => role switch
    {
        Viewer => 0,
        Member => 1,
        Leader => 2,
        Coordinator => 3,
        Admin => 4,
        _ => -1,
    };

    public static bool IsKnown(string? role) => role is not null && All.Contains(role);

    public static string Vietnamese(string role) => role switch
    {
        Admin => "Quản trị viên",
        Coordinator => "Điều phối",
        Leader => "Lãnh đạo",
        Member => "Thành viên đơn vị",
        Viewer => "Xem",
        _ => role,
    };
}

public static class AppClaims
{
    public const string OrganizationId = "ts:org";
    public const string ApiKeyId = "ts:apikey";
    public const string FullName = "ts:name";
}

public static class Policies
{
    /// <summary>Admin only: users, API keys of others, audit.</summary>
    public const string Admin = "Admin";
    /// <summary>Admin or Coordinator: organisations, areas, key sites.</summary>
    public const string ManageDirectory = "ManageDirectory";
    /// <summary>Roles that see all organisations.</summary>
    public const string ProvinceWide = "ProvinceWide";
}
