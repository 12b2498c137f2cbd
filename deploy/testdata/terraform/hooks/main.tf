variable "hook_secret" {
  type    = string
  default = "from-default"
}

resource "auth0_hook" "sms" {
  name       = "sms-hook"
  script     = file("${path.module}/hooks/sms.js")
  trigger_id = "send-phone-message"
  enabled    = true

  secrets = {
    API_KEY = var.hook_secret
    TOKEN   = var.hook_token
  }

  dependencies = {
    request = "2.88.2"
    "aws-sdk" = "2.662.0"
  }
}

variable "hook_token" {}
