"""The pages behind the links in digest emails: confirm a subscription, unsubscribe.

A GET only shows a page with a button: mail scanners and link previews follow links, and must
neither confirm nor end a subscription. The POST does it. The unsubscribe POST is also the
RFC 8058 one-click request mail clients send (body `List-Unsubscribe=One-Click`), with no
cookie and no CSRF token: the signed token in the URL is the authorisation, so both POSTs are
exempt from CSRF.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from factcheck.digests import services, tokens
from factcheck.digests.models import Subscription


@csrf_exempt
@require_http_methods(["GET", "POST"])
def confirm(request: HttpRequest, token: str) -> HttpResponse:
    read = tokens.confirm_token_read(token)
    subscription = Subscription.objects.filter(pk=read[0]).first() if read else None
    if subscription is None or subscription.email.lower() != read[1]:
        return render(request, "digests/link_invalid.html", status=404)
    if request.method == "POST":
        subscription = services.subscription_confirm(token=token)
        return render(request, "digests/confirmed.html", {"subscription": subscription})
    if subscription.status != Subscription.Status.PENDING:
        # A used link: say where the subscription stands, with no button to press again.
        return render(
            request, "digests/confirmed.html", {"subscription": subscription, "already": True}
        )
    return render(request, "digests/confirm.html", {"subscription": subscription})


@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    subscription_id = tokens.unsubscribe_token_read(token)
    subscription = Subscription.objects.filter(pk=subscription_id).first()
    if subscription is None:
        return render(request, "digests/link_invalid.html", status=404)
    if request.method == "POST":
        services.subscription_unsubscribe_by_token(token=token)
        return render(request, "digests/unsubscribed.html", {"subscription": subscription})
    return render(request, "digests/unsubscribe.html", {"subscription": subscription})
