using System.Net;
using ThongSuot.Features.Notifications;

namespace ThongSuot.Tests.Notifications;

/// <summary>The address classifier behind the webhook SSRF guard: public unicast passes, the server's own networks do not.</summary>
public sealed class WebhookAddressGuardTests
{
    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("1.1.1.1")]
    [InlineData("14.225.4.10")]
    [InlineData("11.0.0.1")]
    [InlineData("100.63.255.255")]
    [InlineData("100.128.0.1")]
    [InlineData("169.253.255.255")]
    [InlineData("172.15.255.255")]
    [InlineData("172.32.0.1")]
    [InlineData("192.169.0.1")]
    [InlineData("223.255.255.254")]
    [InlineData("2001:4860::8888")]
    [InlineData("2606:4700:4700::1111")]
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("64:ff9b::808:808")]
    [InlineData("2002:808:808::1")]
    public void APublicAddressIsAllowed(string address) => Assert.True(WebhookAddressGuard.IsPublic(IPAddress.Parse(address)), address);

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.255.255.254")]
    [InlineData("10.0.0.5")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("100.127.255.255")]
    [InlineData("0.0.0.0")]
    [InlineData("0.1.2.3")]
    [InlineData("224.0.0.1")]
    [InlineData("239.255.255.250")]
    [InlineData("240.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("fe80::1")]
    [InlineData("febf::1")]
    [InlineData("fc00::1")]
    [InlineData("fd12:3456:789a::1")]
    [InlineData("ff02::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:10.0.0.5")]
    [InlineData("::ffff:169.254.169.254")]
    [InlineData("::ffff:0.0.0.0")]
    [InlineData("64:ff9b::a00:5")]
    [InlineData("64:ff9b:1::808:808")]
    [InlineData("2002:7f00:1::1")]
    [InlineData("2001:db8::1")]
    [InlineData("2001::1")]
    public void AnInternalOrReservedAddressIsRefused(string address) => Assert.False(WebhookAddressGuard.IsPublic(IPAddress.Parse(address)), address);

    [Theory]
    [InlineData("localhost", true)]
    [InlineData("LOCALHOST.", true)]
    [InlineData("api.localhost", true)]
    [InlineData("127.0.0.1", true)]
    [InlineData("[::1]", true)]
    [InlineData("2130706433", true)]
    [InlineData("10.1", true)]
    [InlineData("8.8.8.8", false)]
    [InlineData("noc.viettel.example", false)]
    [InlineData("localhost.example.vn", false)]
    public void AHostWrittenAsAnInternalAddressOrLocalhostIsRefusedFromTheUrlAlone(string host, bool refused) =>
        Assert.Equal(refused, WebhookAddressGuard.IsRefusedHost(host));
}
