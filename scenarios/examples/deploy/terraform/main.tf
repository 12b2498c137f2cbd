# The documented 8x8 Action (hooks/8x8-action.js) as Terraform deploys
# it with the auth0 provider: the same code file the a0deploy example
# deploys, bound to send-phone-message.
#
#   hookemu check scenarios/examples/deploy/terraform
#   hookemu check scenarios/examples/deploy/terraform --var apikey=KEY --var subaccount=ID

terraform {
  required_providers {
    auth0 = {
      source  = "auth0/auth0"
      version = ">= 1.0.0"
    }
  }
}

variable "apikey" {
  description = "The 8x8 API key the Action sends as a Bearer token."
  type        = string
  sensitive   = true
  default     = null
}

variable "subaccount" {
  description = "The 8x8 SMS subaccount id."
  type        = string
  default     = null
}

resource "auth0_action" "sms_8x8" {
  name    = "8x8-action"
  runtime = "node22"
  deploy  = true
  code    = file("${path.module}/../a0deploy/actions/8x8-action/code.js")

  supported_triggers {
    id      = "send-phone-message"
    version = "v2"
  }

  dependencies {
    name    = "axios"
    version = "1.7.9"
  }

  secrets {
    name  = "apikey"
    value = var.apikey
  }

  secrets {
    name  = "subaccount"
    value = var.subaccount
  }
}

resource "auth0_trigger_actions" "sms" {
  trigger = "send-phone-message"

  actions {
    id           = auth0_action.sms_8x8.id
    display_name = auth0_action.sms_8x8.name
  }
}
