"""Blocking SMTP submission (run in a worker thread): STARTTLS or implicit TLS, AUTH."""

from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage

from .errors import DeliveryError


def send_mail(
    mail: EmailMessage,
    *,
    host: str,
    port: int,
    security: str,
    username: str | None,
    password: str | None,
    context: ssl.SSLContext,
    timeout: float,
) -> None:
    try:
        smtp: smtplib.SMTP
        if security == "tls":
            smtp = smtplib.SMTP_SSL(host, port, timeout=timeout, context=context)
        else:
            smtp = smtplib.SMTP(host, port, timeout=timeout)
        with smtp:
            smtp.ehlo()
            if security == "starttls":
                # Refuse to send credentials or mail in clear text when TLS was asked for.
                if not smtp.has_extn("starttls"):
                    raise DeliveryError("SMTP server does not offer STARTTLS", retryable=False)
                smtp.starttls(context=context)
                smtp.ehlo()
            if username:
                smtp.login(username, password or "")
            smtp.send_message(mail)
    except DeliveryError:
        raise
    except smtplib.SMTPAuthenticationError as exc:
        raise DeliveryError(
            f"SMTP authentication failed ({exc.smtp_code})", retryable=False
        ) from exc
    except smtplib.SMTPRecipientsRefused as exc:
        raise DeliveryError(
            f"SMTP recipients refused: {sorted(exc.recipients)}", retryable=False
        ) from exc
    except smtplib.SMTPResponseException as exc:
        raise DeliveryError(
            f"SMTP error {exc.smtp_code}", retryable=400 <= exc.smtp_code < 500
        ) from exc
    except ssl.SSLCertVerificationError as exc:
        raise DeliveryError(
            f"SMTP TLS certificate rejected: {exc.verify_message}", retryable=False
        ) from exc
    except (smtplib.SMTPException, OSError) as exc:
        raise DeliveryError(f"SMTP {type(exc).__name__}: {exc}", retryable=True) from exc
