using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PhoneNumbers;

namespace ThongSuot.Shared;

public enum PhoneKind { Mobile, FixedLine, TollFree, PremiumRate, ShortNumber, OtherVietnamese, Foreign }

public enum PhoneProblem { Characters, TooShort, TooLong, NotVietnamese, ForeignWithoutPlus, InvalidForeign }

/// <summary>A phone number as it is stored and shown, with its kind; or why the text is not one.</summary>
public sealed record ParsedPhone(string? Display, PhoneKind? Kind, PhoneProblem? Problem)
{
    public bool IsValid => Problem is null;
}

/// <summary>
/// Reads the structured phone fields (directory, contact people, duty shifts, readiness reports) with libphonenumber, as
/// dialled in Việt Nam, and gives the form to store. The free-text reporter phone of incidents does not come here.
/// <list type="bullet">
/// <item>Only digits, spaces and + . - ( ) are allowed, + only first: no letters, no extensions.</item>
/// <item>Without +: a Vietnamese number — mobile, fixed line with its area code, 1800/1900, or a short number (113, 114, 115
/// from libphonenumber's metadata, and 111, 112 below). "84…" is read as +84 (libphonenumber does). A foreign number
/// dialled with 00 is refused: it is written with +, so that a mistyped Vietnamese number is never taken for a foreign one.</item>
/// <item>With +: +84 is Vietnamese as above, but not a short number (113 is not dialled as +84 113). Another country's
/// number is accepted when valid there.</item>
/// <item>Stored form: Vietnamese national format ("0233 3000 001", "0912 345 678", "1800 1091", "113"); international
/// format for foreign numbers ("+44 20 7946 0958").</item>
/// </list>
/// </summary>
public static class PhoneNumberParser
{
    public const string Region = "VN";
    public const int VietnamCountryCode = 84;
    private const int MaxDigits = 15; // E.164

    /// <summary>
    /// National short numbers that libphonenumber 9.0.43 does not know (it has 113, 114, 115): 111, the national child
    /// protection line, and 112, search and rescue. Add here what officials dial and the library misses.
    /// </summary>
    private static readonly string[] ExtraShortNumbers = ["111", "112"];

    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();
    private static readonly ShortNumberInfo Short = ShortNumberInfo.GetInstance();

    // The same lookup the pages use (Vietnamese key, English in SharedText.en.resx), for rules that run outside a page.
    private static readonly IStringLocalizer Text = new ResourceManagerStringLocalizerFactory(
        Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance).Create(typeof(SharedText));

    public static ParsedPhone Parse(string? text)
    {
        var raw = text?.Trim() ?? "";
        if (raw.Any(c => !(char.IsAsciiDigit(c) || c is ' ' or '.' or '-' or '(' or ')' or '+')) || raw.LastIndexOf('+') > 0)
            return Fail(PhoneProblem.Characters);
        var digits = string.Concat(raw.Where(char.IsAsciiDigit));
        if (digits.Length < 3) return Fail(PhoneProblem.TooShort);
        if (digits.Length > MaxDigits) return Fail(PhoneProblem.TooLong);
        var international = raw[0] == '+';

        PhoneNumber number;
        try { number = Util.Parse(raw, Region); }
        catch (NumberParseException e)
        {
            return Fail(e.ErrorType switch
            {
                ErrorType.TOO_SHORT_NSN or ErrorType.TOO_SHORT_AFTER_IDD => PhoneProblem.TooShort,
                ErrorType.TOO_LONG => PhoneProblem.TooLong,
                ErrorType.INVALID_COUNTRY_CODE => PhoneProblem.InvalidForeign,
                _ => PhoneProblem.NotVietnamese,
            });
        }
        if (!international && (ExtraShortNumbers.Contains(digits)
            || (Short.IsValidShortNumberForRegion(number, Region) && number.NationalNumber.ToString(CultureInfo.InvariantCulture) == digits)))
            return new(digits, PhoneKind.ShortNumber, null);
        if (number.CountryCode != VietnamCountryCode)
        {
            if (!international) return Fail(PhoneProblem.ForeignWithoutPlus);
            return Util.IsValidNumber(number)
                ? new(Util.Format(number, PhoneNumberFormat.INTERNATIONAL), PhoneKind.Foreign, null)
                : Fail(PhoneProblem.InvalidForeign);
        }
        if (!Util.IsValidNumberForRegion(number, Region))
            return Fail(Util.IsPossibleNumberWithReason(number) switch
            {
                // Three digits that are no known short number: "not a Vietnamese number" names the short ones, "too short" would mislead.
                PhoneNumberUtil.ValidationResult.TOO_SHORT when digits.Length > 3 => PhoneProblem.TooShort,
                PhoneNumberUtil.ValidationResult.TOO_LONG => PhoneProblem.TooLong,
                _ => PhoneProblem.NotVietnamese,
            });
        var kind = Util.GetNumberType(number) switch
        {
            PhoneNumberType.MOBILE => PhoneKind.Mobile,
            PhoneNumberType.FIXED_LINE or PhoneNumberType.FIXED_LINE_OR_MOBILE => PhoneKind.FixedLine,
            PhoneNumberType.TOLL_FREE => PhoneKind.TollFree,
            PhoneNumberType.PREMIUM_RATE => PhoneKind.PremiumRate,
            _ => PhoneKind.OtherVietnamese,
        };
        return new(Util.Format(number, PhoneNumberFormat.NATIONAL), kind, null);
    }

    /// <summary>Why a number was refused, in the page's language (Vietnamese unless English was chosen).</summary>
    public static string Message(PhoneProblem problem) => Text[problem switch
    {
        PhoneProblem.Characters => "Số điện thoại không hợp lệ: chỉ gồm chữ số, dấu cách và các ký tự + . - ( ), dấu + chỉ đứng đầu.",
        PhoneProblem.TooShort => "Số điện thoại không hợp lệ: thiếu chữ số.",
        PhoneProblem.TooLong => "Số điện thoại không hợp lệ: thừa chữ số.",
        PhoneProblem.ForeignWithoutPlus => "Số điện thoại không hợp lệ: số nước ngoài ghi dạng +mã nước (ví dụ +65 …), không dùng 00.",
        PhoneProblem.InvalidForeign => "Số điện thoại không hợp lệ: không phải số hợp lệ của nước có mã đã ghi.",
        _ => "Số điện thoại không hợp lệ: không phải số cố định (kèm mã vùng, ví dụ 0233 …), di động, 1800/1900 hay số khẩn cấp 111–115 của Việt Nam; số nước ngoài ghi dạng +mã nước.",
    }];

    /// <summary>
    /// Checks an optional phone field like <see cref="FieldErrors.Text"/> checks a text: returns the stored form of the
    /// number, or the trimmed text when it has an error (added under <paramref name="field"/>).
    /// </summary>
    public static string? Phone(this FieldErrors errors, string field, string? value, string label = "Số điện thoại", int maxLength = 30)
    {
        var text = errors.Text(field, value, maxLength, required: false, label);
        if (text is null || text.Length > maxLength) return text;
        var parsed = Parse(text);
        if (parsed.Problem is { } problem) errors.Add(field, Message(problem));
        return parsed.Display ?? text;
    }

    private static ParsedPhone Fail(PhoneProblem problem) => new(null, null, problem);
}
