namespace ThongSuot.Features.Organizations;

public enum OrganizationKind
{
    ProvincialDepartment,    // sở, ban, ngành cấp tỉnh
    ProvincialPeoplesCommittee, // UBND tỉnh
    CommunePeoplesCommittee, // UBND xã, phường, đặc khu
    Police,                  // công an
    MilitaryCommand,         // bộ chỉ huy quân sự
    TelecomOperator,         // doanh nghiệp viễn thông
    InternetProvider,        // doanh nghiệp cung cấp dịch vụ Internet
    PostalOperator,          // doanh nghiệp bưu chính
    PayTvOperator,           // doanh nghiệp truyền hình trả tiền
    ItCommunicationsCentre,  // trung tâm CNTT và truyền thông
    IncidentResponseTeam,    // đội ứng cứu sự cố
    GrassrootsRadio,         // đài truyền thanh cơ sở
    Other,
}

public static class OrganizationKindNames
{
    public static string Vietnamese(this OrganizationKind kind) => kind switch
    {
        OrganizationKind.ProvincialDepartment => "Sở, ban, ngành cấp tỉnh",
        OrganizationKind.ProvincialPeoplesCommittee => "UBND tỉnh",
        OrganizationKind.CommunePeoplesCommittee => "UBND xã, phường, đặc khu",
        OrganizationKind.Police => "Công an",
        OrganizationKind.MilitaryCommand => "Bộ chỉ huy quân sự",
        OrganizationKind.TelecomOperator => "Doanh nghiệp viễn thông",
        OrganizationKind.InternetProvider => "Doanh nghiệp cung cấp dịch vụ Internet",
        OrganizationKind.PostalOperator => "Doanh nghiệp bưu chính",
        OrganizationKind.PayTvOperator => "Doanh nghiệp truyền hình trả tiền",
        OrganizationKind.ItCommunicationsCentre => "Trung tâm CNTT và truyền thông",
        OrganizationKind.IncidentResponseTeam => "Đội ứng cứu sự cố",
        OrganizationKind.GrassrootsRadio => "Đài truyền thanh cơ sở",
        _ => "Khác",
    };

    public static string English(this OrganizationKind kind) => kind switch
    {
        OrganizationKind.ProvincialDepartment => "Provincial department or agency",
        OrganizationKind.ProvincialPeoplesCommittee => "Provincial People's Committee",
        OrganizationKind.CommunePeoplesCommittee => "Commune People's Committee",
        OrganizationKind.Police => "Police",
        OrganizationKind.MilitaryCommand => "Military command",
        OrganizationKind.TelecomOperator => "Telecom operator",
        OrganizationKind.InternetProvider => "Internet provider",
        OrganizationKind.PostalOperator => "Postal operator",
        OrganizationKind.PayTvOperator => "Pay-TV operator",
        OrganizationKind.ItCommunicationsCentre => "IT and communications centre",
        OrganizationKind.IncidentResponseTeam => "Incident response team",
        OrganizationKind.GrassrootsRadio => "Grassroots radio station",
        _ => "Other",
    };
}
