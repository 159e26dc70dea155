using System.Globalization;
using ThongSuot.Shared;

namespace ThongSuot.Tests.Shared;

/// <summary>Structured phone fields as libphonenumber reads them for Việt Nam (all numbers fictional).</summary>
public sealed class PhoneNumbersTests
{
    [Theory]
    [InlineData("0912 345 678", "0912 345 678", PhoneKind.Mobile)]
    [InlineData("0912345678", "0912 345 678", PhoneKind.Mobile)]
    [InlineData("0912.345.678", "0912 345 678", PhoneKind.Mobile)]
    [InlineData("  0912-345-678 ", "0912 345 678", PhoneKind.Mobile)]
    [InlineData("+84 912 345 678", "0912 345 678", PhoneKind.Mobile)]
    [InlineData("+84912345678", "0912 345 678", PhoneKind.Mobile)]
    [InlineData("84912345678", "0912 345 678", PhoneKind.Mobile)]
    [InlineData("0386 123 456", "0386 123 456", PhoneKind.Mobile)]
    [InlineData("0703.000.111", "0703 000 111", PhoneKind.Mobile)]
    [InlineData("0812000222", "0812 000 222", PhoneKind.Mobile)]
    [InlineData("0523 000 333", "0523 000 333", PhoneKind.Mobile)]
    [InlineData("0233 3000 001", "0233 3000 001", PhoneKind.FixedLine)]
    [InlineData("02333000001", "0233 3000 001", PhoneKind.FixedLine)]
    [InlineData("(0233) 3000.001", "0233 3000 001", PhoneKind.FixedLine)]
    [InlineData("+84 (233) 3000 001", "0233 3000 001", PhoneKind.FixedLine)]
    [InlineData("024 3000 0001", "024 3000 0001", PhoneKind.FixedLine)]
    [InlineData("1800 1091", "1800 1091", PhoneKind.TollFree)]
    [InlineData("1800-0000", "1800 0000", PhoneKind.TollFree)]
    [InlineData("19001234", "1900 1234", PhoneKind.PremiumRate)]
    [InlineData("1900 0000", "1900 0000", PhoneKind.PremiumRate)]
    [InlineData("113", "113", PhoneKind.ShortNumber)]
    [InlineData("114", "114", PhoneKind.ShortNumber)]
    [InlineData("115", "115", PhoneKind.ShortNumber)]
    [InlineData("111", "111", PhoneKind.ShortNumber)]
    [InlineData("112", "112", PhoneKind.ShortNumber)]
    [InlineData("(113)", "113", PhoneKind.ShortNumber)]
    [InlineData("+44 20 7946 0958", "+44 20 7946 0958", PhoneKind.Foreign)]
    public void ValidNumbersGetTheirNationalForm(string input, string display, PhoneKind kind)
    {
        var phone = PhoneNumberParser.Parse(input);
        Assert.Null(phone.Problem);
        Assert.Equal((display, kind), (phone.Display, phone.Kind));
    }

    [Theory]
    [InlineData("gọi 113", PhoneProblem.Characters)]
    [InlineData("0912 345 678 ext 2", PhoneProblem.Characters)]
    [InlineData("0912 345 67a", PhoneProblem.Characters)]
    [InlineData("0912+345678", PhoneProblem.Characters)]
    [InlineData("++84 912 345 678", PhoneProblem.Characters)]
    [InlineData("'; DROP TABLE Organizations; --", PhoneProblem.Characters)]
    [InlineData("", PhoneProblem.TooShort)]
    [InlineData("12", PhoneProblem.TooShort)]
    [InlineData("1800", PhoneProblem.TooShort)]
    [InlineData("+84 113", PhoneProblem.TooShort)]
    [InlineData("0912 345 6789 1234 5678", PhoneProblem.TooLong)]
    [InlineData("0912 345 6789", PhoneProblem.NotVietnamese)]
    [InlineData("091 234 567", PhoneProblem.NotVietnamese)]
    [InlineData("116", PhoneProblem.NotVietnamese)]
    [InlineData("0044 20 7946 0958", PhoneProblem.ForeignWithoutPlus)]
    [InlineData("+44 20 7946 095", PhoneProblem.InvalidForeign)]
    [InlineData("+999 1234 5678", PhoneProblem.InvalidForeign)]
    public void InvalidNumbersSayWhy(string input, PhoneProblem problem)
    {
        var phone = PhoneNumberParser.Parse(input);
        Assert.Equal(problem, phone.Problem);
        Assert.Null(phone.Display);
    }

    [Fact]
    public void FieldCheckStoresTheNationalFormAndNamesTheField()
    {
        var errors = new FieldErrors();
        Assert.Equal("0912 345 678", errors.Phone("phone", " +84 912.345.678 "));
        Assert.Null(errors.Phone("phone", "   "));
        Assert.False(errors.Any);

        Assert.Equal("0912", errors.Phone("hotline", "0912", "Đường dây nóng"));
        Assert.Equal(["Số điện thoại không hợp lệ: thiếu chữ số."], errors.ToDictionary()["hotline"]);
    }

    [Fact]
    public void EveryReasonHasAVietnameseMessageAndAnEnglishOne()
    {
        var original = CultureInfo.CurrentUICulture;
        try
        {
            foreach (var problem in Enum.GetValues<PhoneProblem>())
            {
                CultureInfo.CurrentUICulture = new CultureInfo("vi-VN");
                var vietnamese = PhoneNumberParser.Message(problem);
                CultureInfo.CurrentUICulture = new CultureInfo("en-US");
                var english = PhoneNumberParser.Message(problem);
                Assert.StartsWith("Số điện thoại không hợp lệ: ", vietnamese);
                Assert.StartsWith("Invalid phone number: ", english);
            }
        }
        finally { CultureInfo.CurrentUICulture = original; }
    }
}
