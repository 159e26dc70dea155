namespace ThongSuot.Features.Organizations;

/// <summary>Marker for the organisation pages' texts. Keys are the Vietnamese text; OrganizationsText.en.resx holds English.</summary>
public sealed class OrganizationsText;

public static class OrganizationKindDisplay
{
    /// <summary>The kind's name in the language the page is shown in.</summary>
    public static string Display(this OrganizationKind kind) =>
        System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? kind.English() : kind.Vietnamese();
}
