using ThongSuot.Shared;

namespace ThongSuot.Tests.Shared;

public sealed class CsvTableTests
{
    private static readonly string[] Required = ["code", "name"];

    [Fact]
    public void QuotedFieldsKeepCommasAndDoubledQuotes()
    {
        var (rows, errors) = CsvTable.Read("code,name\r\n1,\"Xã \"\"Mới\"\", Quảng Trị\"\r\n", Required);
        Assert.Empty(errors);
        Assert.Equal("Xã \"Mới\", Quảng Trị", Assert.Single(rows)["name"]);
    }

    [Fact]
    public void LineBreaksInsideQuotesKeepLaterLineNumbersRight()
    {
        var (rows, errors) = CsvTable.Read("code,name\n1,\"hai\ndòng\"\n2,sau\n", Required);
        Assert.Empty(errors);
        Assert.Equal("hai\ndòng", rows[0]["name"]);
        Assert.Equal((2, 4), (rows[0].Line, rows[1].Line));
    }

    [Fact]
    public void SemicolonSeparatedFilesFromSpreadsheetsAreRead()
    {
        var (rows, errors) = CsvTable.Read("code;name\r\n1;Đồng Hới, cũ\r\n", Required);
        Assert.Empty(errors);
        Assert.Equal("Đồng Hới, cũ", Assert.Single(rows)["name"]);
    }

    [Fact]
    public void ByteOrderMarkAndHeaderCaseAreIgnored()
    {
        var (rows, errors) = CsvTable.Read("\uFEFFCode,NAME\r\n1,Một", Required);
        Assert.Empty(errors);
        Assert.Equal(("1", "Một"), (rows[0]["code"], rows[0]["name"]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    [InlineData("  \r\n ")]
    public void EmptyFileIsAnErrorOnLineOne(string text)
    {
        var (rows, errors) = CsvTable.Read(text, Required);
        Assert.Empty(rows);
        Assert.Equal(1, Assert.Single(errors).Line);
    }

    [Fact]
    public void MissingColumnsAreNamed()
    {
        var (_, errors) = CsvTable.Read("code,ten\r\n1,x\r\n", Required);
        Assert.Equal("name", Assert.Single(errors).Column);
    }

    [Fact]
    public void UnclosedQuoteIsReportedOnTheLineWhereItStarts()
    {
        var (_, errors) = CsvTable.Read("code,name\r\n1,ok\r\n2,\"mở\r\n3,x\r\n", Required);
        Assert.Equal(3, Assert.Single(errors).Line);
    }

    [Fact]
    public void BlankLinesAreSkippedAndShortRowsReadAsEmpty()
    {
        var (rows, errors) = CsvTable.Read("code,name\r\n\r\n1\r\n,\r\n", Required);
        Assert.Empty(errors);
        var row = Assert.Single(rows);
        Assert.Equal((3, "1", (string?)null), (row.Line, row["code"], row["name"]));
    }

    [Fact]
    public void ExtraFieldsAreAnErrorOnThatLine()
    {
        var (_, errors) = CsvTable.Read("code,name\r\n1,a,b\r\n", Required);
        Assert.Equal(2, Assert.Single(errors).Line);
    }

    [Fact]
    public void WrittenFilesReadBackAndDefuseFormulas()
    {
        var bytes = CsvTable.Write(["code", "name"], [["1", "=HYPERLINK(\"x\")"], ["2", "a,b\r\nc"]]);
        var (rows, errors) = CsvTable.Read(System.Text.Encoding.UTF8.GetString(bytes), Required);
        Assert.Empty(errors);
        Assert.Equal("'=HYPERLINK(\"x\")", rows[0]["name"]);
        Assert.Equal("a,b\r\nc", rows[1]["name"]);
    }
}
