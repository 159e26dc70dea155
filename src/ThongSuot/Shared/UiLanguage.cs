using System.Globalization;

namespace ThongSuot.Shared;

/// <summary>
/// Messages composed in code (a place in a letter, a date, a name inside the sentence) cannot be looked up whole in a .resx:
/// they are written in both languages where they are composed, and the request's UI culture picks one.
/// </summary>
public static class UiLanguage
{
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string Pick(string vietnamese, string english) => IsEnglish ? english : vietnamese;
}
